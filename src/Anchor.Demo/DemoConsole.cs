using System.Diagnostics;
using Spectre.Console;

namespace Anchor.Demo;

/// <summary>
/// How the demo talks: a spinner and coloured results on a terminal, plain lines otherwise (CI,
/// pipes), so that logs stay readable. Every step says what it ran and how long it took.
/// </summary>
public sealed class DemoConsole
{
    private readonly bool interactive;
    private readonly IAnsiConsole _console;

    public DemoConsole(bool interactive)
    {
        this.interactive = interactive;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Logs (CI, pipes) have no terminal width; hashes and check reasons read better unwrapped.
        if (!interactive) _console.Profile.Width = 160;
    }

    public bool Interactive => interactive;

    public void Title(string text) => _console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());

    public void Line(string text = "") => _console.MarkupLine(Markup.Escape(text));

    public void Command(string commandLine) => _console.MarkupLine($"  [grey]$ {Markup.Escape(commandLine)}[/]");

    public void Detail(string text) => _console.MarkupLine($"    {Markup.Escape(text)}");

    public void Good(string text) => _console.MarkupLine($"  [green]✓[/] {Markup.Escape(text)}");

    public void Bad(string text) => _console.MarkupLine($"  [red]✗[/] {Markup.Escape(text)}");

    /// <summary>Runs one step, with a spinner on a terminal, and reports its time.</summary>
    public async Task<T> StepAsync<T>(string title, Func<Task<T>> body)
    {
        var stopwatch = Stopwatch.StartNew();
        T result;
        if (interactive)
        {
            result = await _console.Status().Spinner(Spinner.Known.Dots).StartAsync(title, _ => body());
        }
        else
        {
            _console.WriteLine($"… {title}");
            result = await body();
        }
        _console.MarkupLine($"[green]✓[/] {Markup.Escape(title)} [grey]({stopwatch.Elapsed.TotalSeconds:0.0} s)[/]");
        return result;
    }

    public void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers) table.AddColumn(Markup.Escape(header));
        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        _console.Write(table);
    }
}
