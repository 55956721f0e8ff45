using System.Text;
using Anchor.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Anchor.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "anchor-cli-tests", Guid.NewGuid().ToString("N"));

    public IngestCommandTests() => Directory.CreateDirectory(_directory);

    private string Database => Path.Combine(_directory, "ledger.db");

    [Fact]
    public async Task Ingests_a_sample_folder_then_reports_the_same_events_as_duplicates()
    {
        var data = Path.Combine(_directory, "data");
        Assert.Equal(0, (await CliRunner.RunAsync("anchor", ["sample", "--out", data, "--batches", "4", "--seed", "3"])).ExitCode);
        var brand = Directory.GetDirectories(data).Select(Path.GetFileName).First(n => n == "by-health")!;

        var first = await CliRunner.RunAsync("anchor", ["ingest", Path.Combine(data, brand), "--publisher", brand, "--database", Database]);
        var second = await CliRunner.RunAsync("anchor", ["ingest", Path.Combine(data, brand), "--publisher", brand, "--database", Database]);

        Assert.Equal(0, first.ExitCode);
        var accepted = int.Parse(Line(first.StandardOutput, "accepted"));
        Assert.True(accepted > 0, first.StandardOutput);
        Assert.Equal("0", Line(first.StandardOutput, "duplicate"));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("0", Line(second.StandardOutput, "accepted"));
        Assert.Equal(accepted.ToString(), Line(second.StandardOutput, "duplicate"));
    }

    [Fact]
    public async Task Reads_standard_input_and_rejects_a_bad_document_with_exit_code_1()
    {
        var document = File.ReadAllText(RepositoryPaths.Combine("tests", "vectors", "epcis-documents", "valid", "object-event-lgtin-commissioning.jsonld"));

        var good = await CliRunner.RunAsync("anchor", ["ingest", "-", "--publisher", "centrum", "--database", Database], standardInput: document);
        var bad = await CliRunner.RunAsync("anchor", ["ingest", "-", "--publisher", "centrum", "--database", Database],
            standardInput: document.Replace("\"ADD\"", "\"CREATE\""));

        Assert.Equal(0, good.ExitCode);
        Assert.Equal("1", Line(good.StandardOutput, "accepted"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("<stdin>", bad.StandardError);
        Assert.Contains("$.epcisBody.eventList[0].action", bad.StandardError);
    }

    [Theory]
    [InlineData("--publisher", "By Health", "a-z, 0-9")]
    [InlineData("--rpc", "not-a-url", "Chain:RpcUrl (ANCHOR__Chain__RpcUrl)")]
    public async Task Bad_configuration_names_the_setting_and_exits_2(string flag, string value, string expected)
    {
        var result = await CliRunner.RunAsync("anchor", ["ingest", "-", flag, value, "--database", Database], standardInput: "{}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StandardError);
    }

    [Fact]
    public async Task Environment_variables_configure_the_database()
    {
        var document = File.ReadAllText(RepositoryPaths.Combine("tests", "vectors", "epcis-documents", "valid", "object-event-lgtin-commissioning.jsonld"));

        var result = await CliRunner.RunAsync("anchor", ["ingest", "-", "--publisher", "centrum"], new Dictionary<string, string?> { ["ANCHOR__Ledger__Database"] = Database }, document);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Database));
    }

    [Fact]
    public async Task A_process_killed_mid_document_leaves_nothing_half_written_and_a_rerun_lands_it()
    {
        var path = Path.Combine(_directory, "big.jsonld");
        WriteLargeDocument(path, events: 60_000);

        await using (var running = CliRunner.Start("anchor", ["ingest", path, "--publisher", "by-health", "--database", Database]))
        {
            // Kill once the transaction is well under way: the write-ahead log is growing.
            var wal = Database + "-wal";
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(File.Exists(wal) && new FileInfo(wal).Length > 4_000_000) && !running.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            Assert.False(running.HasExited, "the ingest finished before it could be killed; make the document larger");
            await running.KillHardAsync();
        }

        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM entries"));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        var rerun = await CliRunner.RunAsync("anchor", ["ingest", path, "--publisher", "by-health", "--database", Database], timeout: TimeSpan.FromMinutes(5));
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(60_000L, Scalar("SELECT COUNT(*) FROM entries"));
        Assert.Equal(60_000L, Scalar("SELECT size FROM publishers WHERE name = 'by-health'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private object? Scalar(string sql)
    {
        using var connection = new Anchor.Ledger.Storage.Sqlite.SqliteDatabase(Database).Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Line(string output, string label) =>
        output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(label + " ", StringComparison.Ordinal))[label.Length..].Trim().Split(' ')[0];

    private static void WriteLargeDocument(string path, int events)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("""{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-05-11T09:00:00Z","epcisBody":{"eventList":[""");
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < events; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write($$"""{"type":"ObjectEvent","eventTime":"{{start.AddSeconds(i):yyyy-MM-ddTHH:mm:ss}}Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE","bizStep":"sensor_reporting","quantityList":[{"epcClass":"urn:epc:class:lgtin:9520123.045678.L{{i % 50}}","quantity":1,"uom":"H87"}],"readPoint":{"id":"urn:epc:id:sgln:9520123.00001.0"},"sensorElementList":[{"sensorMetadata":{"time":"{{start.AddSeconds(i):yyyy-MM-ddTHH:mm:ss}}Z"},"sensorReport":[{"type":"gs1:Temperature","value":{{4 + i % 3}},"uom":"CEL"}]}]}""");
        }
        writer.Write("]}}");
    }
}
