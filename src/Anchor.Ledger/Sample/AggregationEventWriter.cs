using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>The "what" of an AggregationEvent: the parent (a pallet's SSCC) and the lot packed onto it.</summary>
internal static class AggregationEventWriter
{
    public static void WriteWhat(Utf8JsonWriter w, SampleEvent e)
    {
        w.WriteString(N.ParentId, e.ParentId ?? throw new InvalidOperationException("an AggregationEvent needs a parent"));
        EpcisEventWriter.WriteQuantities(w, N.ChildQuantityList, e.Quantities);
        w.WriteString(N.Action, e.Action ?? throw new InvalidOperationException("an AggregationEvent needs an action"));
    }
}
