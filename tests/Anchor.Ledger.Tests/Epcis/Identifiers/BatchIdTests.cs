using Anchor.Ledger.Epcis;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

public sealed class BatchIdTests
{
    [Fact]
    public void A_batch_is_written_as_a_GS1_element_string() =>
        Assert.Equal("(01)09520123456788(10)L2026-05A", new BatchId("09520123456788", "L2026-05A").ToString());

    [Fact]
    public void Batches_are_equal_when_GTIN_and_lot_are_and_lots_are_case_sensitive()
    {
        Assert.Equal(new BatchId("09520123456788", "ab1"), new BatchId("09520123456788", "ab1"));
        Assert.NotEqual(new BatchId("09520123456788", "ab1"), new BatchId("09520123456788", "AB1"));
    }

    [Theory]
    [InlineData("09520123456789", "L1", "Gtin14")]
    [InlineData("9520123456788", "L1", "Gtin14")]
    [InlineData("09520123456788", "", "Lot")]
    [InlineData("09520123456788", "L 1", "Lot")]
    [InlineData("09520123456788", "123456789012345678901", "Lot")]
    public void An_invalid_GTIN_or_lot_cannot_make_a_batch(string gtin, string lot, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new BatchId(gtin, lot)).ParamName);
}
