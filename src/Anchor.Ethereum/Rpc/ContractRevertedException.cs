using System.Numerics;
using Anchor.Ethereum.Abi;

namespace Anchor.Ethereum.Rpc;

/// <summary>
/// Execution reverted. Carries the revert data and, when it is a <c>require</c> message or a
/// panic, the decoded reason. A revert is an answer, not a fault: it is never retried.
/// </summary>
public class ContractRevertedException : RpcException
{
    /// <summary>Creates the exception; <c>Error(string)</c> and <c>Panic(uint256)</c> data are decoded.</summary>
    public ContractRevertedException(string method, int? code, string rpcMessage, ReadOnlyMemory<byte> revertData, Bytes32? transactionHash = null)
        : this(method, code, rpcMessage, revertData, transactionHash, DescribeStandard(revertData.Span))
    {
    }

    /// <summary>Creates the exception with a decoded description of the revert.</summary>
    protected ContractRevertedException(string method, int? code, string rpcMessage, ReadOnlyMemory<byte> revertData, Bytes32? transactionHash, string revert)
        : base(method, RpcErrorKind.Reverted, code, rpcMessage, $"{method} reverted: {revert}", null)
    {
        RevertData = revertData;
        TransactionHash = transactionHash;
        if (AbiError.StandardError.Matches(revertData.Span) && TryDecode(AbiError.StandardError, revertData.Span) is { } reason)
        {
            Reason = reason.Get<string>("reason");
        }
        if (AbiError.Panic.Matches(revertData.Span) && TryDecode(AbiError.Panic, revertData.Span) is { } panic)
        {
            PanicCode = panic.Get<BigInteger>("code");
        }
    }

    /// <summary>The raw revert data: a 4-byte selector and ABI-encoded arguments, or empty.</summary>
    public ReadOnlyMemory<byte> RevertData { get; }

    /// <summary>The message of <c>require(…, "message")</c> or <c>revert("message")</c>, if that is what reverted.</summary>
    public string? Reason { get; }

    /// <summary>The panic code of a failed assert, overflow or similar, if that is what reverted.</summary>
    public BigInteger? PanicCode { get; }

    /// <summary>
    /// Set when the node reports that the reverting transaction was nonetheless mined (Hardhat's
    /// automine does this for <c>eth_sendRawTransaction</c>): its receipt will show status 0.
    /// </summary>
    public Bytes32? TransactionHash { get; }

    /// <summary>Decodes the revert data as one of <paramref name="errors"/>; returns this exception if none matches.</summary>
    public ContractRevertedException WithKnownErrors(IEnumerable<AbiError> errors)
    {
        if (this is ContractCustomErrorException) return this;
        foreach (var error in errors)
        {
            if (error.Matches(RevertData.Span) && TryDecode(error, RevertData.Span) is { } arguments)
            {
                return new ContractCustomErrorException(Method, Code, RpcMessage, RevertData, TransactionHash, error, arguments);
            }
        }
        return this;
    }

    private static AbiValues? TryDecode(AbiError error, ReadOnlySpan<byte> data)
    {
        try
        {
            return error.Decode(data);
        }
        catch (AbiDecodingException)
        {
            return null;
        }
    }

    private static string DescribeStandard(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return "no revert data";
        if (AbiError.StandardError.Matches(data) && TryDecode(AbiError.StandardError, data) is { } reason) return $"\"{reason[0]}\"";
        if (AbiError.Panic.Matches(data) && TryDecode(AbiError.Panic, data) is { } panic) return $"panic {panic[0]}";
        return $"unrecognised revert data {Hex.Encode(data[..Math.Min(data.Length, 4)])}… ({data.Length} bytes)";
    }
}

/// <summary>
/// Execution reverted with a Solidity custom error that this layer knows: the error's name and
/// its decoded arguments, e.g. <c>AnchorSizeNotIncreasing(publisher, currentSize, size)</c>.
/// </summary>
public sealed class ContractCustomErrorException : ContractRevertedException
{
    /// <summary>Creates the exception.</summary>
    public ContractCustomErrorException(string method, int? code, string rpcMessage, ReadOnlyMemory<byte> revertData,
        Bytes32? transactionHash, AbiError error, AbiValues arguments)
        : base(method, code, rpcMessage, revertData, transactionHash, $"{error.Name}({arguments})")
    {
        Error = error;
        Arguments = arguments;
    }

    /// <summary>The custom error.</summary>
    public AbiError Error { get; }

    /// <summary>The error's name, e.g. <c>AnchorZeroRoot</c>.</summary>
    public string ErrorName => Error.Name;

    /// <summary>The error's arguments, by name or position.</summary>
    public AbiValues Arguments { get; }
}
