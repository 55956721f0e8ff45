using System.Text.Json;
using Anchor.Ledger.Epcis;
using Anchor.Ledger.Epcis.Identifiers;
using Anchor.Ledger.Epcis.Validation;
using Xunit;

namespace Anchor.Ledger.Tests.Epcis.Identifiers;

/// <summary>Which identifiers decide an event's batch (docs/epcis-ingest.md, "The batch rule").</summary>
public sealed class BatchRuleTests
{
    private const string LotA = "urn:epc:class:lgtin:9520123.045678.A";
    private const string LotB = "urn:epc:class:lgtin:9520123.045678.B";
    private const string CaseLotC = "urn:epc:class:lgtin:952012.1456789.C";
    private const string ItemLotA = "https://id.gs1.org/01/09520123456788/10/A/21/1";
    private const string Sgtin = "urn:epc:id:sgtin:9520123.045678.1";
    private const string Sscc = "urn:epc:id:sscc:9520123.0000000017";

    [Fact]
    public void The_first_list_that_names_a_lot_decides_and_later_lists_are_not_consulted()
    {
        var decision = Decide("AggregationEvent", $$"""
            "parentID":"https://id.gs1.org/01/19520124567893/10/C",
            "childEPCs":["{{ItemLotA}}","{{Sscc}}"],
            "childQuantityList":[{"epcClass":"{{LotB}}"}]
            """);

        Assert.Equal(new BatchId("09520123456788", "A"), decision.Batch);
    }

    [Fact]
    public void A_list_without_lots_gives_way_to_the_next()
    {
        var decision = Decide("ObjectEvent", $$"""
            "epcList":["{{Sscc}}","{{Sgtin}}"],
            "quantityList":[{"epcClass":"{{LotA}}"}]
            """);

        Assert.Equal(new BatchId("09520123456788", "A"), decision.Batch);
    }

    [Fact]
    public void The_parent_decides_when_no_child_names_a_lot() =>
        Assert.Equal(new BatchId("19520124567893", "C"), Decide("AggregationEvent", $$"""
            "parentID":"https://id.gs1.org/01/19520124567893/10/C", "childEPCs":["{{Sscc}}"]
            """).Batch);

    [Fact]
    public void Two_lots_in_the_deciding_list_are_refused()
    {
        var decision = Decide("ObjectEvent", $$"""
            "quantityList":[{"epcClass":"{{LotA}}"},{"epcClass":"{{Sgtin}}"},{"epcClass":"{{CaseLotC}}"}]
            """);

        Assert.Equal(EpcisErrorKind.SeveralBatches, decision.Failure!.Kind);
        Assert.Equal("$.quantityList[2].epcClass", decision.Failure.Path.ToString());
        Assert.Equal("names several batches: (01)09520123456788(10)A (quantityList[0].epcClass) and " +
                     "(01)19520124567893(10)C (quantityList[2].epcClass); Anchor files each event under one batch", decision.Failure.Reason);
    }

    [Fact]
    public void A_transformation_is_filed_under_its_outputs_even_when_only_its_inputs_have_lots()
    {
        var outputs = Decide("TransformationEvent", $$"""
            "inputQuantityList":[{"epcClass":"{{LotB}}"}], "outputEPCList":["{{ItemLotA}}"], "outputQuantityList":[{"epcClass":"{{LotA}}"}]
            """);
        var inputsOnly = Decide("TransformationEvent", $$"""
            "inputQuantityList":[{"epcClass":"{{LotB}}"}], "outputEPCList":["{{Sgtin}}"]
            """);

        Assert.Equal(new BatchId("09520123456788", "A"), outputs.Batch);
        Assert.Equal(EpcisErrorKind.NoBatch, inputsOnly.Failure!.Kind);
    }

    [Fact]
    public void Outputs_of_two_lots_are_refused_even_across_the_two_output_lists() =>
        Assert.Equal(EpcisErrorKind.SeveralBatches, Decide("TransformationEvent", $$"""
            "outputEPCList":["{{ItemLotA}}"], "outputQuantityList":[{"epcClass":"{{LotB}}"}]
            """).Failure!.Kind);

    [Fact]
    public void An_ILMD_lot_gives_a_lot_to_the_GTINs_an_event_brings_into_being()
    {
        var objectEvent = Decide("ObjectEvent", $$"""
            "epcList":["{{Sgtin}}"], "ilmd":{"cbvmda:lotNumber":"A"}
            """);
        var transformation = Decide("TransformationEvent", $$"""
            "inputEPCList":["{{Sgtin}}"], "outputEPCList":["urn:epc:id:sgtin:952012.1456789.5"], "ilmd":{"urn:epcglobal:cbv:mda:lotNumber":"C"}
            """);

        Assert.Equal(new BatchId("09520123456788", "A"), objectEvent.Batch);
        Assert.Equal(new BatchId("19520124567893", "C"), transformation.Batch);
    }

    [Fact]
    public void An_ILMD_lot_that_contradicts_an_identifier_is_refused()
    {
        var decision = Decide("ObjectEvent", $$"""
            "quantityList":[{"epcClass":"{{LotB}}"}], "ilmd":{"cbvmda:lotNumber":"A"}
            """);

        Assert.Equal(EpcisErrorKind.SeveralBatches, decision.Failure!.Kind);
        Assert.Equal("names several batches: lot \"B\" here but ilmd lotNumber \"A\" at $.ilmd['cbvmda:lotNumber']", decision.Failure.Reason);
    }

    [Fact]
    public void An_ILMD_lot_says_nothing_about_identifiers_that_are_not_not_brought_into_being() =>
        Assert.Equal(EpcisErrorKind.NoBatch, Decide("AggregationEvent", $$"""
            "parentID":"{{Sscc}}", "childEPCs":["{{Sgtin}}"], "ilmd":{"cbvmda:lotNumber":"A"}
            """).Failure!.Kind);

    [Fact]
    public void The_two_ILMD_lot_keys_must_agree()
    {
        var violation = Assert.Throws<JsonRuleViolation>(() => Decide("ObjectEvent", $$"""
            "epcList":["{{Sgtin}}"], "ilmd":{"cbvmda:lotNumber":"A","urn:epcglobal:cbv:mda:lotNumber":"B"}
            """));

        Assert.Equal("$.ilmd['urn:epcglobal:cbv:mda:lotNumber']", violation.Path.ToString());
    }

    [Fact]
    public void A_malformed_product_identifier_is_an_error_in_any_list()
    {
        var violation = Assert.Throws<JsonRuleViolation>(() => Decide("TransformationEvent", $$"""
            "inputEPCList":["https://id.gs1.org/01/09520123456789/21/1"], "outputQuantityList":[{"epcClass":"{{LotA}}"}]
            """));

        Assert.Equal(EpcisErrorKind.InvalidIdentifier, violation.Kind);
        Assert.Equal("$.inputEPCList[0]", violation.Path.ToString());
    }

    [Fact]
    public void An_event_with_no_lot_anywhere_has_no_batch()
    {
        var decision = Decide("ObjectEvent", $$"""
            "epcList":["{{Sscc}}","https://id.gs1.org/01/09520123456788/21/1"], "quantityList":[{"epcClass":"https://id.gs1.org/01/09520123456788"}]
            """);

        Assert.Equal(EpcisErrorKind.NoBatch, decision.Failure!.Kind);
        Assert.Equal("$", decision.Failure.Path.ToString());
    }

    private static BatchDecision Decide(string eventType, string members)
    {
        var element = JsonDocument.Parse("{" + members + "}").RootElement;
        return BatchRule.Decide(EventIdentifierReader.Read(element, JsonPath.Root, eventType));
    }
}
