using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Anchor.Ledger.Epcis.Reading;

// Filling, growing and checking the buffer.
internal sealed partial class JsonChunkReader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Makes room and reads until the buffer is full or the stream ends. The buffer grows only
    /// when the value being read already fills it, and never past <paramref name="limit"/> plus
    /// one chunk: beyond that the value is refused, so a huge value cannot exhaust memory.
    /// </summary>
    private async ValueTask FillAsync(int limit, string what, string limitName, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (_end - _start >= limit)
        {
            throw _context.Error(EpcisErrorKind.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"{what} is larger than {limitName} ({limit:N0} bytes)"), Position);
        }
        if (_start > 0)
        {
            await DiscardConsumedAsync(ct);
        }
        if (_end == _buffer.Length)
        {
            Grow(Math.Min((long)_buffer.Length * 2, (long)limit + _initialBytes));
        }
        while (_end < _buffer.Length)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), ct);
            if (read == 0)
            {
                _finalBlock = true;
                break;
            }
            _end += read;
        }
        SkipByteOrderMark();
        CheckUtf8();
    }

    private async ValueTask DiscardConsumedAsync(CancellationToken ct)
    {
        if (_recording is not null)
        {
            await _recording.WriteAsync(_buffer.AsMemory(_recordFrom, _start - _recordFrom), ct);
            _recordFrom = _start;
        }
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _bufferOrigin += _start;
        _utf8CheckedUpTo -= _start;
        _recordFrom -= _start;
        _end -= _start;
        _start = 0;
    }

    // Growing is rare (an event larger than a chunk), so the grown buffer is allocated at exactly
    // the size needed rather than rented: a pool would round it up to the next power of two.
    private void Grow(long size)
    {
        var grown = GC.AllocateUninitializedArray<byte>((int)size);
        Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
        if (_bufferIsPooled)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _bufferIsPooled = false;
        }
        _buffer = grown;
    }

    private void SkipByteOrderMark()
    {
        if (_checkedForBom || (_end < ByteOrderMark.Length && !_finalBlock))
        {
            return;
        }
        _checkedForBom = true;
        if (Unread.StartsWith(ByteOrderMark))
        {
            _start += ByteOrderMark.Length;
            _utf8CheckedUpTo = _start;
        }
    }

    /// <summary>
    /// Checks that the bytes read so far are UTF-8, except a multi-byte sequence cut by the end of
    /// the buffer, which is checked once its remaining bytes arrive.
    /// </summary>
    private void CheckUtf8()
    {
        var checkUpTo = _finalBlock ? _end : CompleteSequencesEnd();
        var span = _buffer.AsSpan(_utf8CheckedUpTo, checkUpTo - _utf8CheckedUpTo);
        if (!Utf8.IsValid(span))
        {
            Utf8.ToUtf16(span, new char[span.Length], out var invalidAt, out _, replaceInvalidSequences: false);
            var offset = _bufferOrigin + _utf8CheckedUpTo + invalidAt;
            throw _context.ErrorAtOffset(EpcisErrorKind.MalformedJson,
                $"the input is not UTF-8: invalid byte 0x{span[invalidAt]:X2} at offset {offset}", offset);
        }
        _utf8CheckedUpTo = checkUpTo;
    }

    private int CompleteSequencesEnd()
    {
        for (var back = 1; back <= 3 && _end - back >= _utf8CheckedUpTo; back++)
        {
            var b = _buffer[_end - back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the lead byte
            }
            var sequenceLength = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return sequenceLength > back ? _end - back : _end;
        }
        return _end;
    }
}
