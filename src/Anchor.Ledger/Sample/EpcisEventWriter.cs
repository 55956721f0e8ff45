using System.Globalization;
using System.Text.Json;
using N = Anchor.Ledger.Sample.EpcisJsonNames;

namespace Anchor.Ledger.Sample;

/// <summary>
/// Writes one <see cref="SampleEvent"/> as an EPCIS 2.0 JSON-LD event: the fields every event
/// has, then the type's "what" (<see cref="ObjectEventWriter"/>, <see cref="AggregationEventWriter"/>,
/// <see cref="TransformationEventWriter"/>), then where, why, sensors, ILMD and extensions.
/// </summary>
internal static class EpcisEventWriter
{
    public static void Write(Utf8JsonWriter w, SampleEvent e)
    {
        w.WriteStartObject();
        w.WriteString(N.Type, e.Type.ToString());
        w.WriteString(N.EventId, e.EventId);
        w.WriteString(N.EventTime, e.EventTime);
        w.WriteString(N.EventTimeZoneOffset, Offset(e.EventTime.Offset));
        if (e.CertificationInfo is { } certificate) w.WriteString(N.CertificationInfo, certificate);

        switch (e.Type)
        {
            case EpcisEventType.ObjectEvent: ObjectEventWriter.WriteWhat(w, e); break;
            case EpcisEventType.AggregationEvent: AggregationEventWriter.WriteWhat(w, e); break;
            case EpcisEventType.TransformationEvent: TransformationEventWriter.WriteWhat(w, e); break;
        }

        WriteWhereAndWhy(w, e);
        if (e.Sensors is { Samples.Count: > 0 } sensors) SensorElementWriter.Write(w, sensors, e.EventTime.Offset);
        if (e.Ilmd.Count > 0)
        {
            w.WritePropertyName(N.Ilmd);
            ExtensionWriter.WriteObject(w, e.Ilmd);
        }
        ExtensionWriter.WriteFields(w, e.Extensions);
        if (e.ErrorDeclaration is { } declaration) WriteErrorDeclaration(w, declaration);
        w.WriteEndObject();
    }

    /// <summary>"+08:00", "-05:00", "+05:30": the eventTimeZoneOffset form.</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Writes a quantityList-shaped array.</summary>
    public static void WriteQuantities(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<QuantityElement> quantities)
    {
        w.WriteStartArray(name);
        foreach (var q in quantities)
        {
            w.WriteStartObject();
            w.WriteString(N.EpcClass, q.EpcClass);
            w.WriteNumber(N.Quantity, q.Quantity);
            if (q.Uom is { } uom) w.WriteString(N.Uom, uom);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteWhereAndWhy(Utf8JsonWriter w, SampleEvent e)
    {
        w.WriteString(N.BizStep, e.BizStep);
        if (e.Disposition is { } disposition) w.WriteString(N.Disposition, disposition);
        WritePlace(w, N.ReadPoint, e.ReadPoint);
        if (e.BizLocation is { } bizLocation) WritePlace(w, N.BizLocation, bizLocation);
        if (e.BizTransactions.Count > 0)
        {
            w.WriteStartArray(N.BizTransactionList);
            foreach (var t in e.BizTransactions)
            {
                w.WriteStartObject();
                w.WriteString(N.Type, t.Type);
                w.WriteString(N.BizTransaction, t.Id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteParties(w, N.SourceList, N.Source, e.Sources);
        WriteParties(w, N.DestinationList, N.Destination, e.Destinations);
    }

    private static void WritePlace(Utf8JsonWriter w, JsonEncodedText name, string id)
    {
        w.WriteStartObject(name);
        w.WriteString(N.Id, id);
        w.WriteEndObject();
    }

    private static void WriteParties(Utf8JsonWriter w, JsonEncodedText list, JsonEncodedText item, IReadOnlyList<SourceOrDestination> parties)
    {
        if (parties.Count == 0) return;
        w.WriteStartArray(list);
        foreach (var p in parties)
        {
            w.WriteStartObject();
            w.WriteString(N.Type, p.Type);
            w.WriteString(item, p.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteErrorDeclaration(Utf8JsonWriter w, ErrorDeclarationInfo declaration)
    {
        w.WriteStartObject(N.ErrorDeclaration);
        w.WriteString(N.DeclarationTime, declaration.DeclarationTime);
        w.WriteString(N.Reason, declaration.Reason);
        w.WriteStartArray(N.CorrectiveEventIds);
        foreach (var id in declaration.CorrectiveEventIds) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
