using Anchor.Ledger.Epcis.Validation;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>An event cut out of the document and compacted, before it is parsed and validated.</summary>
/// <param name="Index">Its position in the event list.</param>
/// <param name="Path">Where it is in the document.</param>
/// <param name="Bytes">Its compact bytes (see <see cref="EventCompactor"/>).</param>
/// <param name="InputOffset">The input offset of its opening brace.</param>
internal sealed record RawEvent(int Index, JsonPath Path, byte[] Bytes, long InputOffset);
