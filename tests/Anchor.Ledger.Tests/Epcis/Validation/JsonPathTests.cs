using Anchor.Ledger.Epcis.Validation;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Validation;

public sealed class JsonPathTests
{
    [Fact]
    public void Plain_names_use_dots_and_others_brackets()
    {
        var path = JsonPath.Root.Property("epcisBody").Property("eventList").Item(3).Property("ilmd").Property("cbvmda:lotNumber");

        Assert.Equal("$.epcisBody.eventList[3].ilmd['cbvmda:lotNumber']", path.ToString());
    }

    [Fact]
    public void Quotes_in_names_are_escaped() =>
        Assert.Equal("$['it\\'s'].@context['1st']", JsonPath.Root.Property("it's").Property("@context").Property("1st").ToString());

    [Fact]
    public void The_root_is_a_dollar() => Assert.Equal("$", JsonPath.Root.ToString());
}
