using System.Text;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// A location in a JSON document, written the way errors show it:
/// <c>$.epcisBody.eventList[3].ilmd['cbvmda:lotNumber']</c>. Built as a chain from the root so
/// that descending costs one small object and the text is only produced when an error needs it.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    /// <summary>The document itself, <c>$</c>.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>The member <paramref name="name"/> of the object at this path.</summary>
    public JsonPath Property(string name) => new(this, name, -1);

    /// <summary>The element <paramref name="index"/> (zero-based) of the array at this path.</summary>
    public JsonPath Item(int index) => new(this, null, index);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is null)
        {
            builder.Append('$');
            return;
        }
        _parent.Append(builder);
        if (_member is null)
        {
            builder.Append('[').Append(_index).Append(']');
        }
        else if (IsPlainName(_member))
        {
            builder.Append('.').Append(_member);
        }
        else
        {
            builder.Append("['").Append(_member.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
    }

    // "@context" reads better as .@context than ['@context'], and nobody confuses it.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) &&
        name.AsSpan().IndexOfAnyExcept(PlainNameCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@");
}
