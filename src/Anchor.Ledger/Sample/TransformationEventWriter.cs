using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>The "what" of a TransformationEvent: the raw lot consumed and the finished lot produced.</summary>
internal static class TransformationEventWriter
{
    public static void WriteWhat(Utf8JsonWriter w, SampleEvent e)
    {
        EpcisEventWriter.WriteQuantities(w, N.InputQuantityList, e.Inputs);
        EpcisEventWriter.WriteQuantities(w, N.OutputQuantityList, e.Outputs);
    }
}
