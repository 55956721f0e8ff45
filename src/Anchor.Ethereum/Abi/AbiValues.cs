using System.Collections;
using System.Numerics;

namespace Anchor.Ethereum.Abi;

/// <summary>
/// Decoded ABI values with their parameters: by position or by name, raw or converted to a .NET
/// type with <see cref="Get{T}(string)"/>.
/// </summary>
public sealed class AbiValues : IReadOnlyList<object?>
{
    private readonly object?[] _values;

    /// <summary>Pairs <paramref name="values"/> with <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public AbiValues(IReadOnlyList<AbiParameter> parameters, object?[] values)
    {
        if (parameters.Count != values.Length)
        {
            throw new ArgumentException($"{parameters.Count} parameters but {values.Length} values", nameof(values));
        }
        Parameters = parameters;
        _values = values;
    }

    /// <summary>The parameters, in order.</summary>
    public IReadOnlyList<AbiParameter> Parameters { get; }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public object? this[int index] => _values[index];

    /// <summary>The value of the parameter called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public object? this[string name] => _values[IndexOf(name)];

    /// <summary>The value at <paramref name="index"/>, converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="AbiDecodingException">The value does not convert (e.g. a uint256 too large for ulong).</exception>
    public T Get<T>(int index) => AbiValueConversion.To<T>(_values[index], NameOf(index));

    /// <summary>The value called <paramref name="name"/>, converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="AbiDecodingException">The value does not convert.</exception>
    public T Get<T>(string name) => AbiValueConversion.To<T>(this[name], name);

    /// <summary>An array value called <paramref name="name"/>, each element converted to <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> GetList<T>(string name)
    {
        var value = this[name] as object?[] ?? throw new AbiDecodingException(name, "is not an array");
        return value.Select((item, i) => AbiValueConversion.To<T>(item, $"{name}[{i}]")).ToArray();
    }

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Values as <c>name=value, …</c>, for messages and logs.</summary>
    public override string ToString() =>
        string.Join(", ", _values.Select((v, i) => $"{NameOf(i)}={Format(v)}"));

    internal static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Hex.Encode(bytes),
        string text => "\"" + text + "\"",
        object?[] items => "[" + string.Join(", ", items.Select(Format)) + "]",
        AbiValues tuple => "(" + tuple + ")",
        bool flag => flag ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    private int IndexOf(string name)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (Parameters[i].Name == name) return i;
        }
        throw new KeyNotFoundException($"no parameter named '{name}' (have: {string.Join(", ", Parameters.Select(p => p.Name))})");
    }

    private string NameOf(int index) => Parameters[index].Name is { Length: > 0 } name ? name : $"#{index}";
}

/// <summary>Converts decoded ABI values to the .NET types that typed messages expose.</summary>
internal static class AbiValueConversion
{
    public static T To<T>(object? value, string path)
    {
        object? converted = value;
        if (typeof(T) == typeof(Bytes32))
        {
            converted = value is byte[] { Length: 32 } bytes ? Bytes32.FromBytes(bytes) : null;
        }
        else if (value is BigInteger integer && typeof(T) != typeof(BigInteger) && typeof(T) != typeof(object))
        {
            converted = ConvertInteger(integer, typeof(T), path);
        }
        if (converted is T typed) return typed;
        throw new AbiDecodingException(path, $"a {value?.GetType().Name ?? "null"} cannot be read as {typeof(T).Name}");
    }

    private static object? ConvertInteger(BigInteger value, Type target, string path)
    {
        try
        {
            if (target == typeof(ulong)) return checked((ulong)value);
            if (target == typeof(long)) return checked((long)value);
            if (target == typeof(uint)) return checked((uint)value);
            if (target == typeof(int)) return checked((int)value);
            if (target == typeof(ushort)) return checked((ushort)value);
            if (target == typeof(byte)) return checked((byte)value);
        }
        catch (OverflowException)
        {
            throw new AbiDecodingException(path, $"{value} does not fit in {target.Name}");
        }
        return null;
    }
}
