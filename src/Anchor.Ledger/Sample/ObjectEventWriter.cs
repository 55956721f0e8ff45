using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>
/// The "what" of an ObjectEvent: action, epcList (the pallet's SSCC, when the lot travels on
/// one) and quantityList (the lot). The lot-bearing quantityList is always present, so the event
/// belongs to exactly one batch.
/// </summary>
internal static class ObjectEventWriter
{
    public static void WriteWhat(Utf8JsonWriter w, SampleEvent e)
    {
        w.WriteString(N.Action, e.Action ?? throw new InvalidOperationException("an ObjectEvent needs an action"));
        if (e.EpcList.Count > 0)
        {
            w.WriteStartArray(N.EpcList);
            foreach (var epc in e.EpcList) w.WriteStringValue(epc);
            w.WriteEndArray();
        }
        EpcisEventWriter.WriteQuantities(w, N.QuantityList, e.Quantities);
    }
}
