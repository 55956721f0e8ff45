using System.Text.Json;

namespace Anchor.Ledger.Epcis.Reading;

// The synchronous steps: each builds a Utf8JsonReader over the unread bytes, goes as far as the
// bytes allow, and commits its progress (state and bytes consumed) only when it succeeds, so that
// a step cut short by the end of the buffer is simply retried after the next fill.
internal sealed partial class JsonChunkReader
{
    private bool TryReadToken()
    {
        if (_finalBlock && !_sawToken && Unread.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            throw _context.Error(EpcisErrorKind.MalformedJson, "the input is empty; expected an EPCIS document", Position);
        }
        var reader = new Utf8JsonReader(Unread, _finalBlock, _state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }
            Capture(ref reader, (int)reader.TokenStartIndex);
            TokenText = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        }
        catch (JsonException e)
        {
            throw SyntaxError(e, reader.BytesConsumed);
        }
        catch (InvalidOperationException)
        {
            throw UnpairedSurrogate(reader.TokenStartIndex);
        }
        Commit(ref reader);
        return true;
    }

    private bool TryReadValue(ref int start, ref int length)
    {
        var reader = new Utf8JsonReader(Unread, _finalBlock, _state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }
            var tokenStart = (int)reader.TokenStartIndex;
            var (type, depth) = (reader.TokenType, reader.CurrentDepth);
            if (type is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return false;
            }
            Capture(ref reader, tokenStart);
            (TokenType, TokenDepth) = (type, depth);
            start = _start + tokenStart;
            length = (int)reader.BytesConsumed - tokenStart;
        }
        catch (JsonException e)
        {
            throw SyntaxError(e, reader.BytesConsumed);
        }
        Commit(ref reader);
        return true;
    }

    private bool TrySkipTo(int depth)
    {
        var reader = new Utf8JsonReader(Unread, _finalBlock, _state);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
                {
                    Capture(ref reader, (int)reader.TokenStartIndex);
                    Commit(ref reader);
                    return true;
                }
            }
        }
        catch (JsonException e)
        {
            throw SyntaxError(e, reader.BytesConsumed);
        }
        Commit(ref reader); // keep the whole tokens skipped so far; only the last partial one is re-read
        if (_finalBlock)
        {
            throw _context.Error(EpcisErrorKind.MalformedJson, "the input ends in the middle of the document", Position);
        }
        return false;
    }

    private void Capture(ref Utf8JsonReader reader, int tokenStart)
    {
        _sawToken = true;
        TokenType = reader.TokenType;
        TokenDepth = reader.CurrentDepth;
        TokenOffset = Position + tokenStart;
        TokenText = null;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private EpcisValidationException SyntaxError(JsonException e, long consumedBeforeError)
    {
        var text = e.Message;
        var location = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (location >= 0)
        {
            text = text[..location];
        }
        text = text.Replace(" Change the reader options.", "", StringComparison.Ordinal); // advice for .NET programmers, not for a document's author
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } column
            ? $" at line {line + 1}, column {column + 1}"
            : "";
        return _context.Error(EpcisErrorKind.MalformedJson, $"invalid JSON{where}: {text}", Position + consumedBeforeError);
    }

    private EpcisValidationException UnpairedSurrogate(long tokenStart) => _context.Error(EpcisErrorKind.MalformedJson,
        "a string holds an unpaired surrogate escape (such as \\ud800 alone), which is not Unicode text", Position + tokenStart);
}
