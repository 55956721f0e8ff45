using System.Buffers.Binary;
using Anchor.Ethereum;
using Anchor.Ethereum.Contracts;
using Anchor.Ethereum.Contracts.AllianceRegistry;
using Anchor.Ethereum.Contracts.AnchorRegistry;
using Anchor.Ethereum.Contracts.RecallRegistry;
using Anchor.Ethereum.Rpc;
using Anchor.Indexer.Model;

namespace Anchor.Indexer.Following;

/// <summary>The followed events of a block range, decoded and placed on chain; anchors are not mapped yet.</summary>
/// <param name="Anchors">Anchored events, with <see cref="AnchorMapping.NotOurLedger"/> until mapped.</param>
/// <param name="Recalls">BatchRecalled events.</param>
/// <param name="MembershipChanges">MemberAdmitted, MemberUpdated and MemberRemoved events.</param>
public sealed record DecodedEvents(IReadOnlyList<IndexedAnchor> Anchors, IReadOnlyList<IndexedRecall> Recalls, IReadOnlyList<MembershipChange> MembershipChanges);

/// <summary>
/// Which logs the indexer follows (the three contracts of a deployment, five event topics, so one
/// <c>eth_getLogs</c> per range) and how they become index records. Decoding needs no block
/// header, so it runs while the headers are fetched; <see cref="WithBlockTimes"/> then checks
/// each event's block hash against its header and dates it.
/// </summary>
public sealed class ContractEventDecoder(ChainIdentity identity)
{
    /// <summary>The topics of Anchored, BatchRecalled, MemberAdmitted, MemberUpdated and MemberRemoved.</summary>
    public static IReadOnlyList<Bytes32> Topics { get; } =
    [
        AnchoredEvent.Event.Topic,
        BatchRecalledEvent.Event.Topic,
        MemberAdmittedEvent.Event.Topic,
        MemberUpdatedEvent.Event.Topic,
        MemberRemovedEvent.Event.Topic,
    ];

    /// <summary>The three followed contracts.</summary>
    public IReadOnlyList<Address> Contracts { get; } = [identity.AnchorRegistry, identity.RecallRegistry, identity.AllianceRegistry];

    /// <summary>Decodes <paramref name="logs"/>; block times are left at the Unix epoch until <see cref="WithBlockTimes"/>.</summary>
    /// <param name="logs">Logs of the followed contracts.</param>
    /// <param name="provisional">True for logs of blocks that are not final yet.</param>
    /// <exception cref="ChainMovedException">The node marked a log as removed.</exception>
    /// <exception cref="Anchor.Ethereum.Abi.AbiDecodingException">A followed contract emitted a log that does not decode.</exception>
    public DecodedEvents Decode(IReadOnlyList<FilterLog> logs, bool provisional)
    {
        foreach (var log in logs)
        {
            if (log.Removed) throw new ChainMovedException($"the node marked log {log.LogIndex} of transaction {log.TransactionHash} as removed");
        }
        static LogPosition Position(FilterLog log) => new(log.TransactionHash, log.LogIndex, log.BlockNumber, log.BlockHash, DateTimeOffset.UnixEpoch);

        // One pass sorts the logs by event, so each decoder sees only its own.
        var byTopic = logs.ToLookup(l => l.Topics.Count > 0 ? l.Topics[0] : Bytes32.Zero);
        var anchors = byTopic[AnchoredEvent.Event.Topic]
            .Where(log => log.Address == identity.AnchorRegistry)
            .Select(log =>
            {
                var e = DecodeAnchored(log);
                return new IndexedAnchor(e.Publisher, e.PreviousSize, e.Size, e.Root, Position(log), provisional, AnchorMapping.NotOurLedger);
            })
            .ToArray();
        var recalls = EventDecoder.Decode<BatchRecalledEvent>(byTopic[BatchRecalledEvent.Event.Topic], identity.RecallRegistry)
            .Select(e => new IndexedRecall(e.Event.Publisher, e.Event.BatchKey, e.Event.Reason, Position(e.Log)))
            .ToArray();
        var changes = EventDecoder.Decode<MemberAdmittedEvent>(byTopic[MemberAdmittedEvent.Event.Topic], identity.AllianceRegistry)
            .Select(e => new MembershipChange(e.Event.Publisher, MembershipChangeKind.Admitted, e.Event.Name, e.Event.MetadataUri, Position(e.Log)))
            .Concat(EventDecoder.Decode<MemberUpdatedEvent>(byTopic[MemberUpdatedEvent.Event.Topic], identity.AllianceRegistry)
                .Select(e => new MembershipChange(e.Event.Publisher, MembershipChangeKind.Updated, e.Event.Name, e.Event.MetadataUri, Position(e.Log))))
            .Concat(EventDecoder.Decode<MemberRemovedEvent>(byTopic[MemberRemovedEvent.Event.Topic], identity.AllianceRegistry)
                .Select(e => new MembershipChange(e.Event.Publisher, MembershipChangeKind.Removed, null, null, Position(e.Log))))
            .OrderBy(c => c.Position.BlockNumber).ThenBy(c => c.Position.LogIndex)
            .ToArray();
        return new DecodedEvents(anchors, recalls, changes);
    }

    /// <summary>
    /// The events dated with their blocks' timestamps, after checking that each event's block hash
    /// is its block's in <paramref name="headers"/> (so the logs and the headers are one chain).
    /// </summary>
    /// <exception cref="ChainMovedException">An event's block hash is not its block's.</exception>
    public static DecodedEvents WithBlockTimes(DecodedEvents events, IReadOnlyDictionary<ulong, Block> headers)
    {
        LogPosition Dated(LogPosition position)
        {
            if (!headers.TryGetValue(position.BlockNumber, out var header) || header.Hash != position.BlockHash)
            {
                throw new ChainMovedException($"a log of block {position.BlockNumber} names block hash {position.BlockHash}, not the block's {header?.Hash}");
            }
            return position with { BlockTime = DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp) };
        }
        return new DecodedEvents(
            [.. events.Anchors.Select(a => a with { Position = Dated(a.Position) })],
            [.. events.Recalls.Select(r => r with { Position = Dated(r.Position) })],
            [.. events.MembershipChanges.Select(m => m with { Position = Dated(m.Position) })]);
    }

    // Anchored(address indexed publisher, uint64 previousSize, uint64 size, bytes32 root) is the
    // one event that comes by the thousand, so its well-formed shape is read directly; anything
    // else goes through the strict ABI decoder, which names what is wrong.
    private static AnchoredEvent DecodeAnchored(FilterLog log)
    {
        var data = log.Data.Span;
        if (log.Topics.Count == 2 && data.Length == 96)
        {
            var topic = log.Topics[1].Bytes;
            if (!topic[..12].ContainsAnyExcept((byte)0) && !data[..24].ContainsAnyExcept((byte)0) && !data[32..56].ContainsAnyExcept((byte)0))
            {
                return new AnchoredEvent(Address.FromBytes(topic[12..]), BinaryPrimitives.ReadUInt64BigEndian(data[24..32]),
                    BinaryPrimitives.ReadUInt64BigEndian(data[56..64]), Bytes32.FromBytes(data[64..96]));
            }
        }
        return EventDecoder.Decode<AnchoredEvent>([log], log.Address).Single().Event;
    }
}
