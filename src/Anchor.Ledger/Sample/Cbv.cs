namespace Anchor.Ledger.Sample;

/// <summary>The CBV 2.0 vocabulary the sample uses (bare-word forms, as in GS1's JSON examples).</summary>
internal static class Cbv
{
    public static class BizStep
    {
        public const string Commissioning = "commissioning";
        public const string Receiving = "receiving";
        public const string Inspecting = "inspecting";
        public const string Holding = "holding";
        public const string Destroying = "destroying";
        public const string CreatingClassInstance = "creating_class_instance";
        public const string Assembling = "assembling";
        public const string Packing = "packing";
        public const string Shipping = "shipping";
        public const string Transporting = "transporting";
    }

    public static class Disposition
    {
        public const string Active = "active";
        public const string InProgress = "in_progress";
        public const string Conformant = "conformant";
        public const string NonConformant = "non_conformant";
        public const string NonSellableOther = "non_sellable_other";
        public const string Destroyed = "destroyed";
        public const string InTransit = "in_transit";
    }

    public static class BizTransactionType
    {
        public const string PurchaseOrder = "po";
        public const string DespatchAdvice = "desadv";
        public const string ProductionOrder = "prodorder";
        public const string TestResult = "testres";
        public const string Certificate = "cert";
    }

    public static class SourceDestinationType
    {
        public const string OwningParty = "owning_party";
        public const string PossessingParty = "possessing_party";
        public const string Location = "location";
    }

    public static class ErrorReason
    {
        public const string IncorrectData = "incorrect_data";
    }

    public static class Action
    {
        public const string Add = "ADD";
        public const string Observe = "OBSERVE";
        public const string Delete = "DELETE";
    }
}
