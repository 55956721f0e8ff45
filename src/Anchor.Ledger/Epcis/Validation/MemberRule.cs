using System.Text.Json;

namespace Anchor.Ledger.Epcis.Validation;

/// <summary>
/// Checks one JSON value found at <paramref name="path"/>; throws <see cref="JsonRuleViolation"/>
/// at the first broken rule. Rules compose: an array rule runs an item rule on each element.
/// </summary>
internal delegate void MemberRule(JsonElement value, JsonPath path);
