using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anchor.Indexer.Verification;

/// <summary>
/// The report as JSON, for <c>indexer verify --json</c> and the web page: camelCase members, the
/// verdict and statuses in the words of SPEC section 7 ("cannot verify", "cannot check"), the
/// cold-chain summary in the names and forms of cold-chain.md section 8 (camelCase).
/// </summary>
public static class VerificationReportJson
{
    /// <summary>The serializer options used for the report.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Output for people and scripts; a page that embeds it in HTML must escape it itself.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(VerificationReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>A verdict in the words of SPEC section 7: "valid", "invalid", "cannot verify".</summary>
    public static string VerdictText(VerificationVerdict verdict) => VerdictJsonConverter.Text(verdict);

    /// <summary>A check status in the words of SPEC section 7: "pass", "fail", "cannot check", "skipped".</summary>
    public static string StatusText(CheckStatus status) => CheckStatusJsonConverter.Text(status);
}

/// <summary>Writes a verdict as SPEC section 7 names it: "valid", "invalid", "cannot verify".</summary>
internal sealed class VerdictJsonConverter : JsonConverter<VerificationVerdict>
{
    public static string Text(VerificationVerdict verdict) => verdict switch
    {
        VerificationVerdict.Valid => "valid",
        VerificationVerdict.Invalid => "invalid",
        _ => "cannot verify",
    };

    public override VerificationVerdict Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            "valid" => VerificationVerdict.Valid,
            "invalid" => VerificationVerdict.Invalid,
            "cannot verify" => VerificationVerdict.CannotVerify,
            var other => throw new JsonException($"\"{other}\" is not a verdict"),
        };

    public override void Write(Utf8JsonWriter writer, VerificationVerdict value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));
}

/// <summary>Writes a check status as SPEC section 7 names it: "pass", "fail", "cannot check", and "skipped".</summary>
internal sealed class CheckStatusJsonConverter : JsonConverter<CheckStatus>
{
    public static string Text(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => "fail",
        CheckStatus.CannotCheck => "cannot check",
        _ => "skipped",
    };

    public override CheckStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            "pass" => CheckStatus.Pass,
            "fail" => CheckStatus.Fail,
            "cannot check" => CheckStatus.CannotCheck,
            "skipped" => CheckStatus.Skipped,
            var other => throw new JsonException($"\"{other}\" is not a check status"),
        };

    public override void Write(Utf8JsonWriter writer, CheckStatus value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));
}
