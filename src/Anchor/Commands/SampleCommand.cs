using System.CommandLine;
using System.Globalization;
using Anchor.Ledger.Sample;
using Anchor.Cli;

namespace Anchor.Commands;

/// <summary>
/// <c>anchor sample</c>: writes the export-alliance scenario as EPCIS 2.0 documents, one folder
/// per brand plus brands.json, for demos, tests and benchmarks. A thin face over
/// <see cref="SampleGenerator"/>; docs/sample-data.md describes the output.
/// </summary>
public static class SampleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write: brands.json and one folder of EPCISDocument files per brand. Must be empty or absent unless --force",
            Required = true,
        };
        var batches = new Option<int>("--batches")
        {
            Description = "Number of batches, shared among the 15 brands; each batch is about 10 events",
            DefaultValueFactory = _ => 100,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed: the same seed gives byte-identical output",
            DefaultValueFactory = _ => 2026,
        };
        var eventsPerFile = new Option<int>("--events-per-file")
        {
            Description = "Most events in one EPCISDocument; batches are never split across documents",
            DefaultValueFactory = _ => 5000,
        };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON for reading (about twice the size)" };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the sample in a non-empty output folder (brands.json and the brand folders; nothing else is touched)",
        };
        var command = new Command("sample", "Write sample EPCIS 2.0 data for the 15-brand export alliance (deterministic for a seed)")
        {
            output, batches, seed, eventsPerFile, indent, force,
        };
        command.SetAction(async (parseResult, cancel) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(batches) < 1)
            {
                return await Refuse(stderr, "--batches must be at least 1");
            }
            if (parseResult.GetValue(eventsPerFile) < SampleOptions.MinEventsPerDocument)
            {
                return await Refuse(stderr,
                    $"--events-per-file must be at least {SampleOptions.MinEventsPerDocument}, so that a whole batch fits in one document");
            }
            var options = new SampleOptions
            {
                OutputDirectory = parseResult.GetRequiredValue(output).FullName,
                Batches = parseResult.GetValue(batches),
                Seed = parseResult.GetValue(seed),
                MaxEventsPerDocument = parseResult.GetValue(eventsPerFile),
                Indented = parseResult.GetValue(indent),
                Force = parseResult.GetValue(force),
            };
            try
            {
                var result = await Task.Run(() => SampleGenerator.Generate(options, cancel), cancel);
                await stdout.WriteLineAsync(Summary(options, result));
                return ExitCodes.Success;
            }
            catch (SampleOutputException e)
            {
                return await Refuse(stderr, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"anchor sample: cannot write {options.OutputDirectory}: {e.Message} (nothing was written)");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    // Arguments and an unusable output folder are refused before anything is written.
    private static async Task<int> Refuse(TextWriter stderr, string reason)
    {
        await stderr.WriteLineAsync($"anchor sample: {reason}");
        return ExitCodes.BadConfiguration;
    }

    private static string Summary(SampleOptions options, SampleResult r) => string.Create(CultureInfo.InvariantCulture,
        $"""
        Wrote {options.OutputDirectory}
          brands     {r.Brands}
          batches    {r.Batches} ({r.DestroyedBatches} destroyed after failed QC)
          events     {r.Events} ({(double)r.Events / r.Batches:F2} per batch)
          documents  {r.Documents}
          size       {r.Bytes / 1e6:F1} MB
          QC         {r.FailedInspections} failed inspections
          cold chain {r.Excursions} shipments with a temperature excursion
          errors     {r.ErrorDeclarations} error declarations with corrective events
          time       {r.Elapsed.TotalSeconds:F1} s
        Ingest one brand with: anchor ingest {Path.Combine(options.OutputDirectory, "<slug>")} --publisher <slug>
        """);
}
