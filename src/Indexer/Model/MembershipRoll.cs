namespace Anchor.Indexer.Model;

/// <summary>Folds an address's Member* events, in chain order, into its current membership.</summary>
public static class MembershipRoll
{
    /// <summary>The membership that <paramref name="changes"/> (one address's, in chain order) leave; null if never admitted.</summary>
    public static AllianceMember? Fold(IEnumerable<MembershipChange> changes)
    {
        AllianceMember? member = null;
        foreach (var change in changes)
        {
            member = change.Kind switch
            {
                MembershipChangeKind.Admitted => new AllianceMember(change.Publisher, change.Name ?? "", change.MetadataUri ?? "", change.Position.BlockTime, null),
                // The contract refuses updates and removals of non-members, so these never come first.
                MembershipChangeKind.Updated when member is not null => member with { Name = change.Name ?? "", MetadataUri = change.MetadataUri ?? "" },
                MembershipChangeKind.Removed when member is not null => member with { RemovedAt = change.Position.BlockTime },
                _ => member,
            };
        }
        return member;
    }
}
