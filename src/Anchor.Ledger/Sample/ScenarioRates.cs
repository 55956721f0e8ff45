namespace Anchor.Ledger.Sample;

/// <summary>
/// How often things go wrong in the scenario. Chosen so that a few thousand batches show every
/// kind of trouble several times while most batches stay clean, as real export lots do.
/// </summary>
internal static class ScenarioRates
{
    /// <summary>Raw-material lots that fail their incoming test (then pass on re-sampling).</summary>
    public const double IncomingQcFailure = 0.04;

    /// <summary>Finished lots that fail in-line QC.</summary>
    public const double InLineQcFailure = 0.06;

    /// <summary>Of the lots that fail in-line QC, the share destroyed rather than reworked.</summary>
    public const double DestroyedShareOfInLineFailures = 0.25;

    /// <summary>Shipments of 2–8 °C products with a temperature excursion.</summary>
    public const double RefrigeratedExcursion = 0.08;

    /// <summary>Shipments of other products with a temperature excursion.</summary>
    public const double OtherExcursion = 0.04;

    /// <summary>Of the excursions, the share below the band (freezing risk) rather than above.</summary>
    public const double BelowShareOfExcursions = 0.3;

    /// <summary>Shipped batches with an error declaration (half a logger unit error, half a quantity error).</summary>
    public const double ErrorDeclaration = 0.025;
}
