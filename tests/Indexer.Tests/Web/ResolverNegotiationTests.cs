using Anchor.Indexer.Web;
using Xunit;

namespace Anchor.Indexer.Tests.Web;

/// <summary>Which answer a Digital Link request gets, by linkType first and the Accept header second.</summary>
public class ResolverNegotiationTests
{
    [Theory]
    // Browsers, curl and no header at all get the default link, the page.
    [InlineData(null, null, ResolverAnswer.Page)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", null, ResolverAnswer.Page)]
    [InlineData("*/*", null, ResolverAnswer.Page)]
    [InlineData("application/json, text/html", null, ResolverAnswer.Page)]
    [InlineData("not a media type", null, ResolverAnswer.Page)]
    // Machines that ask for JSON get the bundle, even beside a wildcard.
    [InlineData("application/json", null, ResolverAnswer.Bundle)]
    [InlineData("application/json, text/plain, */*", null, ResolverAnswer.Bundle)]
    [InlineData("text/html;q=0.5, application/json", null, ResolverAnswer.Bundle)]
    [InlineData("application/*", null, ResolverAnswer.Bundle)]
    [InlineData("application/json;q=0", null, ResolverAnswer.Page)]
    // A linkset only for those who name it.
    [InlineData("application/linkset+json", null, ResolverAnswer.Linkset)]
    [InlineData("application/linkset+json, application/json;q=0.5", null, ResolverAnswer.Linkset)]
    // An explicit linkType wins over Accept.
    [InlineData("text/html", "gs1:traceability", ResolverAnswer.Bundle)]
    [InlineData("text/html", "https://gs1.org/voc/traceability", ResolverAnswer.Bundle)]
    [InlineData("text/html", "https://ref.gs1.org/voc/traceability", ResolverAnswer.Bundle)]
    [InlineData("application/json", "gs1:defaultLink", ResolverAnswer.Page)]
    [InlineData("application/json", "all", ResolverAnswer.Linkset)]
    // A link type Anchor has no link for falls back to Accept (and so to the default link).
    [InlineData("application/json", "gs1:pip", ResolverAnswer.Bundle)]
    [InlineData(null, "gs1:epil", ResolverAnswer.Page)]
    public void Chooses_the_answer(string? accept, string? linkType, ResolverAnswer expected) =>
        Assert.Equal(expected, ResolverNegotiation.Choose(linkType, accept is null ? default : new Microsoft.Extensions.Primitives.StringValues(accept)));
}
