using System.Buffers;
using System.Text.Json;

namespace Anchor.Ledger.Epcis.Reading;

/// <summary>
/// Writes an event as the bytes the ledger stores: compact JSON in input order, numbers and
/// literals exactly as written, and strings (member names too) with the least escaping JSON
/// allows: <c>\"</c>, <c>\\</c>, and control characters as <c>\b \f \n \r \t</c> or <c>\u00XX</c>
/// (lowercase hex), everything else as UTF-8. That is how <c>JSON.stringify</c> and RFC 8785 write
/// strings, so "°C" stays two bytes of UTF-8, and <c>"\u00b0C"</c> in the input becomes "°C" too.
/// </summary>
internal static class EventCompactor
{
    /// <summary>
    /// Compacts <paramref name="json"/>, one complete, well-formed JSON value of valid UTF-8.
    /// Throws <see cref="InvalidOperationException"/> if an escape encodes an unpaired surrogate.
    /// </summary>
    public static byte[] Compact(ReadOnlySpan<byte> json, int maxDepth)
    {
        // The output is never longer than the input: whitespace goes, and no escape is rewritten longer.
        var output = ArrayPool<byte>.Shared.Rent(Math.Max(json.Length, 16));
        try
        {
            var length = 0;
            var needsComma = false;
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        WriteSeparator(output, ref length, needsComma);
                        output[length++] = reader.TokenType == JsonTokenType.StartObject ? (byte)'{' : (byte)'[';
                        needsComma = false;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        output[length++] = reader.TokenType == JsonTokenType.EndObject ? (byte)'}' : (byte)']';
                        needsComma = true;
                        break;
                    case JsonTokenType.PropertyName:
                        WriteSeparator(output, ref length, needsComma);
                        WriteString(ref reader, output, ref length);
                        output[length++] = (byte)':';
                        needsComma = false;
                        break;
                    case JsonTokenType.String:
                        WriteSeparator(output, ref length, needsComma);
                        WriteString(ref reader, output, ref length);
                        needsComma = true;
                        break;
                    default: // numbers, true, false, null: as written
                        WriteSeparator(output, ref length, needsComma);
                        reader.ValueSpan.CopyTo(output.AsSpan(length));
                        length += reader.ValueSpan.Length;
                        needsComma = true;
                        break;
                }
            }
            return output.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    private static void WriteSeparator(byte[] output, ref int length, bool needsComma)
    {
        if (needsComma)
        {
            output[length++] = (byte)',';
        }
    }

    private static void WriteString(ref Utf8JsonReader reader, byte[] output, ref int length)
    {
        output[length++] = (byte)'"';
        if (!reader.ValueIsEscaped)
        {
            reader.ValueSpan.CopyTo(output.AsSpan(length));
            length += reader.ValueSpan.Length;
        }
        else
        {
            var unescaped = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
            try
            {
                var count = reader.CopyString(unescaped);
                length += EscapeMinimally(unescaped.AsSpan(0, count), output.AsSpan(length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }
        }
        output[length++] = (byte)'"';
    }

    private static int EscapeMinimally(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        var written = 0;
        foreach (var b in text)
        {
            if (b >= 0x20 && b != '"' && b != '\\')
            {
                destination[written++] = b;
                continue;
            }
            destination[written++] = (byte)'\\';
            switch (b)
            {
                case (byte)'"' or (byte)'\\': destination[written++] = b; break;
                case (byte)'\b': destination[written++] = (byte)'b'; break;
                case (byte)'\f': destination[written++] = (byte)'f'; break;
                case (byte)'\n': destination[written++] = (byte)'n'; break;
                case (byte)'\r': destination[written++] = (byte)'r'; break;
                case (byte)'\t': destination[written++] = (byte)'t'; break;
                default:
                    "u00"u8.CopyTo(destination[written..]);
                    written += 3;
                    destination[written++] = HexDigit(b >> 4);
                    destination[written++] = HexDigit(b & 0xF);
                    break;
            }
        }
        return written;
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);
}
