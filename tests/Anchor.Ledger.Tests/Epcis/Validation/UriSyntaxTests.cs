using Anchor.Ledger.Epcis.Validation;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Validation;

public sealed class UriSyntaxTests
{
    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2017")]
    [InlineData("https://id.gs1.org/01/09520123456788/10/A%2FB?17=280510#top")]
    [InlineData("ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0")]
    [InlineData("geo:50.947573340894124,6.922120147375441")]
    [InlineData("example:myField")]
    [InlineData("repository-x:hash")]
    [InlineData("http://[2001:db8::1]:8080/path")]
    [InlineData("urn:epc:idpat:sgtin:4012345.044444.*")]
    public void Absolute_URIs_pass(string uri) => Assert.Null(UriSyntax.DescribeProblem(uri));

    [Theory]
    [InlineData("lotNumber", "has no URI scheme (such as \"urn:\" or \"https:\")")]
    [InlineData(":nothing", "has no URI scheme (such as \"urn:\" or \"https:\")")]
    [InlineData("1abc:x", "has no URI scheme (such as \"urn:\" or \"https:\")")]
    [InlineData("urn:epc:id:sgln:1.2.dock 3", "has a space at position 24, which a URI cannot contain unescaped")]
    [InlineData("https://example.com/°C", "has the non-ASCII character '°' at position 20; percent-encode it as UTF-8")]
    [InlineData("https://example.com/a%2", "has a '%' at position 21 that does not start a %XX escape")]
    [InlineData("https://example.com/a%zz", "has a '%' at position 21 that does not start a %XX escape")]
    [InlineData("https://example.com/a#b#c", "has '#' at position 23, which a URI cannot contain unescaped")]
    [InlineData("https://example.com/[x]", "has '[' at position 20, which a URI cannot contain unescaped")]
    [InlineData("urn:a\"b", "has '\"' at position 5, which a URI cannot contain unescaped")]
    public void Other_strings_fail_with_a_reason(string value, string reason) => Assert.Equal(reason, UriSyntax.DescribeProblem(value));
}
