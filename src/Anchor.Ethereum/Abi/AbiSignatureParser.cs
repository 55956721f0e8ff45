namespace Anchor.Ethereum.Abi;

/// <summary>
/// Reads the human-readable ABI that docs/SPEC.md and ethers use:
/// <c>function head(address publisher) view returns (uint64 size, bytes32 root)</c>,
/// <c>event Anchored(address indexed publisher, uint64 size)</c>, <c>error AnchorZeroRoot(address publisher)</c>.
/// </summary>
internal sealed class AbiSignatureParser
{
    private static readonly HashSet<string> Modifiers = ["view", "pure", "payable", "nonpayable", "external", "public", "anonymous"];
    private static readonly HashSet<string> DataLocations = ["calldata", "memory", "storage"];

    private readonly string _text;
    private int _position;

    private AbiSignatureParser(string text) => _text = text;

    public static AbiType ParseType(string text)
    {
        var parser = new AbiSignatureParser(text);
        var type = parser.ReadType();
        parser.ExpectEnd();
        return type;
    }

    /// <summary>Parses "kind name(params) modifiers [returns (params)]".</summary>
    public static (string Kind, string Name, IReadOnlyList<AbiParameter> Inputs, IReadOnlyList<string> Modifiers, IReadOnlyList<AbiParameter> Outputs)
        ParseDeclaration(string text)
    {
        var parser = new AbiSignatureParser(text);
        var kind = parser.ReadWord();
        if (kind is not ("function" or "event" or "error" or "constructor"))
        {
            throw parser.Error($"expected 'function', 'event', 'error' or 'constructor', found '{kind}'");
        }
        var name = kind == "constructor" ? "" : parser.ReadWord();
        var inputs = parser.ReadParameterList(allowIndexed: kind == "event");
        var modifiers = new List<string>();
        IReadOnlyList<AbiParameter> outputs = [];
        while (!parser.AtEnd)
        {
            var word = parser.ReadWord();
            if (word == "returns")
            {
                outputs = parser.ReadParameterList(allowIndexed: false);
            }
            else if (Modifiers.Contains(word))
            {
                modifiers.Add(word);
            }
            else
            {
                throw parser.Error($"unexpected '{word}'");
            }
        }
        return (kind, name, inputs, modifiers, outputs);
    }

    private bool AtEnd
    {
        get
        {
            SkipSpace();
            return _position >= _text.Length;
        }
    }

    private IReadOnlyList<AbiParameter> ReadParameterList(bool allowIndexed)
    {
        Expect('(');
        var parameters = new List<AbiParameter>();
        if (TryConsume(')')) return parameters;
        do
        {
            var type = ReadType();
            var indexed = false;
            var name = "";
            while (PeekIsWordStart())
            {
                var word = ReadWord();
                if (word == "indexed" && allowIndexed && !indexed && name.Length == 0) indexed = true;
                else if (DataLocations.Contains(word) && name.Length == 0) continue;
                else if (name.Length == 0) name = word;
                else throw Error($"unexpected '{word}' after parameter name '{name}'");
            }
            parameters.Add(new AbiParameter(name, type, indexed));
        }
        while (TryConsume(','));
        Expect(')');
        return parameters;
    }

    private AbiType ReadType()
    {
        SkipSpace();
        AbiType type;
        if (Peek() == '(')
        {
            type = AbiType.TupleOf(ReadParameterList(allowIndexed: false));
        }
        else
        {
            var start = _position;
            var word = ReadWord();
            if (word == "tuple" && Peek() == '(') type = AbiType.TupleOf(ReadParameterList(allowIndexed: false));
            else type = Elementary(word, start);
        }
        while (Peek() == '[')
        {
            _position++;
            var start = _position;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
            var digits = _text[start.._position];
            Expect(']');
            if (digits.Length == 0)
            {
                type = AbiType.ArrayOf(type);
            }
            else
            {
                if (!int.TryParse(digits, out var length) || length <= 0) throw Error($"invalid array length '{digits}'", start);
                type = AbiType.FixedArrayOf(type, length);
            }
        }
        return type;
    }

    private AbiType Elementary(string word, int start)
    {
        switch (word)
        {
            case "address": return AbiType.Elementary(AbiTypeKind.Address);
            case "bool": return AbiType.Elementary(AbiTypeKind.Bool);
            case "string": return AbiType.Elementary(AbiTypeKind.String);
            case "bytes": return AbiType.Elementary(AbiTypeKind.Bytes);
            case "uint": return AbiType.Elementary(AbiTypeKind.UInt, 256);
            case "int": return AbiType.Elementary(AbiTypeKind.Int, 256);
        }
        if (TrySuffix(word, "uint", out var bits) && bits is >= 8 and <= 256 && bits % 8 == 0) return AbiType.Elementary(AbiTypeKind.UInt, bits);
        if (TrySuffix(word, "int", out bits) && bits is >= 8 and <= 256 && bits % 8 == 0) return AbiType.Elementary(AbiTypeKind.Int, bits);
        if (TrySuffix(word, "bytes", out var length) && length is >= 1 and <= 32) return AbiType.Elementary(AbiTypeKind.FixedBytes, length);
        throw Error($"'{word}' is not an ABI type", start);
    }

    private static bool TrySuffix(string word, string prefix, out int value)
    {
        value = 0;
        return word.StartsWith(prefix, StringComparison.Ordinal) && word.Length > prefix.Length &&
               word[prefix.Length] != '0' && int.TryParse(word.AsSpan(prefix.Length), out value);
    }

    private string ReadWord()
    {
        SkipSpace();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '$')) _position++;
        if (start == _position) throw Error(_position < _text.Length ? $"unexpected '{_text[_position]}'" : "unexpected end");
        return _text[start.._position];
    }

    private bool PeekIsWordStart()
    {
        SkipSpace();
        return _position < _text.Length && (char.IsAsciiLetter(_text[_position]) || _text[_position] is '_' or '$');
    }

    private char Peek()
    {
        SkipSpace();
        return _position < _text.Length ? _text[_position] : '\0';
    }

    private bool TryConsume(char c)
    {
        if (Peek() != c) return false;
        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw Error(_position < _text.Length ? $"expected '{c}', found '{_text[_position]}'" : $"expected '{c}' at the end");
    }

    private void ExpectEnd()
    {
        if (!AtEnd) throw Error($"unexpected '{_text[_position]}'");
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private AbiFormatException Error(string problem, int? at = null) =>
        new($"cannot parse ABI '{_text}': {problem} at position {at ?? _position}");
}
