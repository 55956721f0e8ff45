using System.Text.Json;

namespace Anchor.Ledger.Sample;

/// <summary>EPCIS 2.0 JSON property names, encoded once: the writers emit millions of them.</summary>
internal static class EpcisJsonNames
{
    public static readonly JsonEncodedText Context = JsonEncodedText.Encode("@context");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    public static readonly JsonEncodedText CreationDate = JsonEncodedText.Encode("creationDate");
    public static readonly JsonEncodedText EpcisBody = JsonEncodedText.Encode("epcisBody");
    public static readonly JsonEncodedText EventList = JsonEncodedText.Encode("eventList");

    public static readonly JsonEncodedText EventId = JsonEncodedText.Encode("eventID");
    public static readonly JsonEncodedText EventTime = JsonEncodedText.Encode("eventTime");
    public static readonly JsonEncodedText EventTimeZoneOffset = JsonEncodedText.Encode("eventTimeZoneOffset");
    public static readonly JsonEncodedText CertificationInfo = JsonEncodedText.Encode("certificationInfo");
    public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    public static readonly JsonEncodedText EpcList = JsonEncodedText.Encode("epcList");
    public static readonly JsonEncodedText QuantityList = JsonEncodedText.Encode("quantityList");
    public static readonly JsonEncodedText ParentId = JsonEncodedText.Encode("parentID");
    public static readonly JsonEncodedText ChildQuantityList = JsonEncodedText.Encode("childQuantityList");
    public static readonly JsonEncodedText InputQuantityList = JsonEncodedText.Encode("inputQuantityList");
    public static readonly JsonEncodedText OutputQuantityList = JsonEncodedText.Encode("outputQuantityList");
    public static readonly JsonEncodedText EpcClass = JsonEncodedText.Encode("epcClass");
    public static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
    public static readonly JsonEncodedText Uom = JsonEncodedText.Encode("uom");
    public static readonly JsonEncodedText BizStep = JsonEncodedText.Encode("bizStep");
    public static readonly JsonEncodedText Disposition = JsonEncodedText.Encode("disposition");
    public static readonly JsonEncodedText ReadPoint = JsonEncodedText.Encode("readPoint");
    public static readonly JsonEncodedText BizLocation = JsonEncodedText.Encode("bizLocation");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText BizTransactionList = JsonEncodedText.Encode("bizTransactionList");
    public static readonly JsonEncodedText BizTransaction = JsonEncodedText.Encode("bizTransaction");
    public static readonly JsonEncodedText SourceList = JsonEncodedText.Encode("sourceList");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText DestinationList = JsonEncodedText.Encode("destinationList");
    public static readonly JsonEncodedText Destination = JsonEncodedText.Encode("destination");
    public static readonly JsonEncodedText Ilmd = JsonEncodedText.Encode("ilmd");
    public static readonly JsonEncodedText ErrorDeclaration = JsonEncodedText.Encode("errorDeclaration");
    public static readonly JsonEncodedText DeclarationTime = JsonEncodedText.Encode("declarationTime");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText CorrectiveEventIds = JsonEncodedText.Encode("correctiveEventIDs");

    public static readonly JsonEncodedText SensorElementList = JsonEncodedText.Encode("sensorElementList");
    public static readonly JsonEncodedText SensorMetadata = JsonEncodedText.Encode("sensorMetadata");
    public static readonly JsonEncodedText SensorReport = JsonEncodedText.Encode("sensorReport");
    public static readonly JsonEncodedText DeviceId = JsonEncodedText.Encode("deviceID");
    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    public static readonly JsonEncodedText StartTime = JsonEncodedText.Encode("startTime");
    public static readonly JsonEncodedText EndTime = JsonEncodedText.Encode("endTime");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText MinValue = JsonEncodedText.Encode("minValue");
    public static readonly JsonEncodedText MaxValue = JsonEncodedText.Encode("maxValue");
    public static readonly JsonEncodedText MeanValue = JsonEncodedText.Encode("meanValue");
}
