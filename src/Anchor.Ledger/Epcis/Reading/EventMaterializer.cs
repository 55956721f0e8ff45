using Anchor.Ledger.Epcis.Identifiers;
using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Turns a compacted event into an <see cref="EpcisEvent"/>: parses it (refusing repeated
/// members), validates it against EPCIS 2.0, reads its identifiers and applies the batch rule.
/// </summary>
internal static class EventMaterializer
{
    public static EpcisEvent Materialize(RawEvent raw, string sourceName, System.Text.Json.JsonElement documentContext,
        EpcisReaderOptions options)
    {
        try
        {
            var element = StrictJson.Parse(raw.Bytes, raw.Path, options.MaxDepth);
            var validated = EventValidator.Validate(element, raw.Path);
            var identifiers = EventIdentifierReader.Read(element, raw.Path, validated.EventType);
            var decision = BatchRule.Decide(identifiers);
            if (decision.Failure is { } failure && options.RequireBatch)
            {
                throw failure;
            }
            return new EpcisEvent(sourceName, raw.Index, raw.Path.ToString(), raw.Bytes, element, documentContext,
                validated.EventType, validated.EventTime, decision.Batch);
        }
        catch (JsonRuleViolation violation)
        {
            throw new EpcisValidationException(violation.Kind, sourceName, raw.Index, violation.Path.ToString(),
                violation.Reason, raw.InputOffset);
        }
    }
}
