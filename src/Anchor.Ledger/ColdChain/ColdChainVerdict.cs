using System.Text.Json.Serialization;

namespace Anchor.Ledger.ColdChain;

/// <summary>What a batch's temperature record shows, in one word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColdChainVerdict>))]
public enum ColdChainVerdict
{
    /// <summary>No usable temperature reading: nothing can be said either way.</summary>
    NoData,

    /// <summary>Every reading lies in the band.</summary>
    WithinRange,

    /// <summary>At least one reading lies outside the band.</summary>
    Excursion,
}
