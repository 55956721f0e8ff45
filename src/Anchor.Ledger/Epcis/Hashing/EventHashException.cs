namespace Anchor.Ledger.Epcis.Hashing;

/// <summary>
/// An event whose canonical pre-hash string is undefined: it is not a JSON object, has no event
/// type, or a standard field has a JSON shape the algorithm cannot canonicalise (an object where a
/// value is expected, a field given twice).
/// </summary>
/// <remarks>
/// Values the algorithm merely cannot normalise (an identifier that is neither an EPC URI nor a
/// GS1 Digital Link URI, a timestamp without a UTC offset) are not errors: CBV 2.0 keeps them as
/// given, so they are hashed verbatim.
/// </remarks>
public sealed class EventHashException : FormatException
{
    /// <summary>Creates the exception for the field at <paramref name="path"/>.</summary>
    public EventHashException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Where in the event the problem is, as a JSON path such as <c>$.readPoint.id</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong there.</summary>
    public string Reason { get; }
}
