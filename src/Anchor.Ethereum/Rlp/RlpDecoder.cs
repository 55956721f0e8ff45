namespace Anchor.Ethereum.Rlp;

/// <summary>A strict RLP decoder: canonical encodings only, bounds checked, depth limited.</summary>
internal static class RlpDecoder
{
    // Deep nesting is never legitimate in what Anchor decodes; the limit keeps hostile input from
    // exhausting the stack.
    private const int MaxDepth = 64;

    public static RlpItem DecodeSingle(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty) throw new RlpException("empty input is not an RLP item", 0);
        var copy = input.ToArray();
        var item = DecodeAt(copy, 0, copy.Length, 0, out var next);
        if (next != copy.Length)
        {
            throw new RlpException($"{copy.Length - next} trailing bytes after the item", next);
        }
        return item;
    }

    private static RlpItem DecodeAt(byte[] data, int offset, int end, int depth, out int next)
    {
        if (depth > MaxDepth) throw new RlpException($"nested deeper than {MaxDepth} lists", offset);
        if (offset >= end) throw new RlpException("truncated: expected an item", offset);
        var first = data[offset];
        if (first < 0x80)
        {
            next = offset + 1;
            return new RlpString(data.AsMemory(offset, 1));
        }
        if (first < 0xc0)
        {
            var (start, length) = ReadLength(data, offset, end, 0x80);
            if (length == 1 && data[start] < 0x80)
            {
                throw new RlpException("a single byte below 0x80 must be encoded as itself", offset);
            }
            next = start + length;
            return new RlpString(data.AsMemory(start, length));
        }
        var (listStart, listLength) = ReadLength(data, offset, end, 0xc0);
        var listEnd = listStart + listLength;
        var items = new List<RlpItem>();
        var position = listStart;
        while (position < listEnd)
        {
            items.Add(DecodeAt(data, position, listEnd, depth + 1, out position));
        }
        next = listEnd;
        return new RlpList(items);
    }

    /// <summary>Reads a string (offset 0x80) or list (0xc0) prefix; returns the payload's start and length.</summary>
    private static (int Start, int Length) ReadLength(byte[] data, int offset, int end, byte baseOffset)
    {
        var first = data[offset];
        int start, length;
        if (first - baseOffset <= 55)
        {
            length = first - baseOffset;
            start = offset + 1;
        }
        else
        {
            var lengthOfLength = first - baseOffset - 55;
            if (offset + 1 + lengthOfLength > end) throw new RlpException("truncated length", offset);
            if (data[offset + 1] == 0) throw new RlpException("length has a leading zero byte", offset + 1);
            if (lengthOfLength > 4) throw new RlpException($"length of {lengthOfLength} bytes is too large", offset);
            long value = 0;
            for (var i = 0; i < lengthOfLength; i++) value = (value << 8) | data[offset + 1 + i];
            if (value < 56) throw new RlpException($"length {value} uses the long form where the short form fits", offset);
            if (value > int.MaxValue) throw new RlpException($"length {value} is too large", offset);
            length = (int)value;
            start = offset + 1 + lengthOfLength;
        }
        if ((long)start + length > end)
        {
            throw new RlpException($"truncated: item of {length} bytes, {Math.Max(0, end - start)} left", offset);
        }
        return (start, length);
    }
}
