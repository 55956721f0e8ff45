using System.Text;

namespace Anchor.Indexer.Commands;

/// <summary>Plain, left-aligned columns for the commands' text output; wide values are never cut, so nothing is lost when it is piped.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows.Prepend(headers))
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }
        return text.ToString();
    }

    /// <summary>"0x12345678…cdef": enough of a hash to tell values apart in a table; --json has them whole.</summary>
    public static string Short(string hex) => hex.Length <= 16 ? hex : $"{hex[..10]}…{hex[^4..]}";

    /// <summary>A UTC time as "2026-05-04 07:48:00Z".</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
