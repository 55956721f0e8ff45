using Anchor.Ledger.Epcis.Hashing;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Hashing;

public class TimestampCanonicaliserTests
{
    [Theory]
    [InlineData("2023-02-02T11:04:03.1415Z", "2023-02-02T11:04:03.142Z")] // 4th decimal 5: round up
    [InlineData("2023-02-02T11:04:03.1414Z", "2023-02-02T11:04:03.141Z")]
    [InlineData("2023-02-02T11:04:03.14149Z", "2023-02-02T11:04:03.141Z")] // only the 4th decimal counts
    [InlineData("2023-02-12T11:04:03.1007Z", "2023-02-12T11:04:03.101Z")]
    [InlineData("2020-03-04T11:00:30+01:00", "2020-03-04T10:00:30.000Z")] // milliseconds zero-filled
    [InlineData("2022-02-16T20:33:31.116000-06:00", "2022-02-17T02:33:31.116Z")] // offset crosses midnight
    [InlineData("2026-05-12T16:15:00.1+08:00", "2026-05-12T08:15:00.100Z")]
    [InlineData("2026-12-31T23:59:59.9995Z", "2027-01-01T00:00:00.000Z")] // a round-up carries into the year
    [InlineData("2026-05-12T24:00:00Z", "2026-05-13T00:00:00.000Z")] // xsd end of day
    [InlineData("2026-05-12t08:15:00z", "2026-05-12T08:15:00.000Z")]
    public void Converts_to_utc_with_millisecond_precision(string input, string expected)
    {
        Assert.True(TimestampCanonicaliser.TryCanonicalise(input, out var canonical));

        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("2026-05-12T08:15:00")] // no offset: the instant is unknown
    [InlineData("2026-05-12")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-05-12T08:15:00.Z")]
    [InlineData("2026-05-12T08:15:00+0800")]
    [InlineData("2026-05-12T25:00:00Z")]
    [InlineData("0001-01-01T00:30:00+01:00")] // before the first representable instant
    [InlineData("soon")]
    public void Leaves_anything_else_to_be_hashed_as_given(string input)
    {
        Assert.False(TimestampCanonicaliser.TryCanonicalise(input, out var canonical));

        Assert.Equal(input, canonical);
    }
}
