using System.Collections.Frozen;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// The standard vocabularies that EPCIS 2.0 JSON writes as bare names (CBV 2.0 and the GS1 Web
/// Vocabulary), exactly as the enums of GS1's EPCIS 2.0 JSON Schema list them.
/// </summary>
internal static class CbvVocabulary
{
    public static readonly FrozenSet<string> BusinessSteps = Set(
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning",
        "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
        "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting",
        "installing", "killing", "loading", "other", "packing", "picking", "receiving", "removing",
        "repackaging", "repairing", "replacing", "reserving", "retail_selling", "shipping",
        "staging_outbound", "stock_taking", "stocking", "storing", "transporting", "unloading",
        "unpacking", "void_shipping", "sensor_reporting", "sampling");

    public static readonly FrozenSet<string> Dispositions = Set(
        "active", "container_closed", "damaged", "destroyed", "dispensed", "disposed", "encoded",
        "expired", "in_progress", "in_transit", "inactive", "no_pedigree_match", "non_sellable_other",
        "partially_dispensed", "recalled", "reserved", "retail_sold", "returned", "sellable_accessible",
        "sellable_not_accessible", "stolen", "unknown", "available", "completeness_verified",
        "completeness_inferred", "conformant", "container_open", "mismatch_instance", "mismatch_class",
        "mismatch_quantity", "needs_replacement", "non_conformant", "unavailable");

    public static readonly FrozenSet<string> BusinessTransactionTypes = Set(
        "bol", "cert", "desadv", "inv", "pedigree", "po", "poc", "prodorder", "recadv", "rma",
        "testprd", "testres", "upevt");

    public static readonly FrozenSet<string> SourceDestinationTypes = Set("owning_party", "possessing_party", "location");

    public static readonly FrozenSet<string> ErrorReasons = Set("did_not_occur", "incorrect_data");

    public static readonly FrozenSet<string> SensorAlertTypes = Set("ALARM_CONDITION", "ERROR_CONDITION");

    public static readonly FrozenSet<string> Components = Set(
        "x", "y", "z", "axial_distance", "azimuth", "height", "spherical_radius", "polar_angle",
        "elevation_angle", "easting", "northing", "latitude", "longitude", "altitude");

    public static readonly FrozenSet<string> MeasurementTypes = Set(
        "AbsoluteHumidity", "AbsorbedDose", "AbsorbedDoseRate", "Acceleration", "Radioactivity",
        "Altitude", "AmountOfSubstance", "AmountOfSubstancePerUnitVolume", "Angle",
        "AngularAcceleration", "AngularMomentum", "AngularVelocity", "Area", "Capacitance",
        "Conductance", "Conductivity", "Count", "Density", "Dimensionless", "DoseEquivalent",
        "DoseEquivalentRate", "DynamicViscosity", "ElectricCharge", "ElectricCurrent",
        "ElectricCurrentDensity", "ElectricFieldStrength", "Energy", "Exposure", "Force", "Frequency",
        "Illuminance", "Inductance", "Irradiance", "KinematicViscosity", "Length", "LinearMomentum",
        "Luminance", "LuminousFlux", "LuminousIntensity", "MagneticFlux", "MagneticFluxDensity",
        "MagneticVectorPotential", "Mass", "MassConcentration", "MassFlowRate", "MassPerAreaTime",
        "MemoryCapacity", "MolalityOfSolute", "MolarEnergy", "MolarMass", "MolarVolume", "Power",
        "Pressure", "RadiantFlux", "RadiantIntensity", "RelativeHumidity", "Resistance", "Resistivity",
        "SolidAngle", "SpecificVolume", "Speed", "SurfaceDensity", "SurfaceTension", "Temperature",
        "Time", "Torque", "Voltage", "Volume", "VolumeFlowRate", "VolumeFraction", "VolumetricFlux",
        "Wavenumber");

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
