using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Anchor.Ethereum.Accounts;
using Anchor.Ethereum.Crypto;
using Anchor.Ethereum.Keys;
using Anchor.Ethereum.Tests.Support;
using Anchor.Ethereum.Transactions;
using Xunit;

namespace Anchor.Ethereum.Tests.Transactions;

public class TransactionSigningTests
{
    private static readonly JsonElement Eip155 = VectorFile.Load("transactions.json").GetProperty("eip155");

    [Fact]
    public void Eip155_example_has_the_signing_data_and_hash_of_the_eip()
    {
        var transaction = (LegacyTransaction)FromJson(Eip155.GetProperty("transaction"), legacy: true);

        var payload = transaction.GetSigningPayload();

        Assert.Equal(Eip155.Text("signingData"), Hex.Encode(payload));
        Assert.Equal(Eip155.Text("signingHash"), Hex.Encode(Keccak256.Hash(payload)));
    }

    [Fact]
    public void Eip155_example_signs_to_the_raw_transaction_of_the_eip()
    {
        var transaction = FromJson(Eip155.GetProperty("transaction"), legacy: true);
        var key = PrivateKey.Parse(Eip155.Text("privateKey"));

        var signed = SignedTransaction.Sign(transaction, key);

        Assert.Equal(Eip155.Text("signed"), signed.RawHex);
        Assert.Equal(Hex.Encode(Keccak256.Hash(signed.Raw.Span)), signed.Hash.ToString());
    }

    public static TheoryData<string> GeneratedCases => VectorFile.Rows("transactions.json", "generated");

    [Theory]
    [MemberData(nameof(GeneratedCases))]
    public void Signs_like_ethers(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var fields = vector.GetProperty("transaction");
        var transaction = FromJson(fields, legacy: fields.GetProperty("type").GetInt32() == 0);

        var signed = SignedTransaction.Sign(transaction, PrivateKey.Parse(vector.Text("privateKey")));

        Assert.Equal(vector.Text("signingHash"), Hex.Encode(Keccak256.Hash(transaction.GetSigningPayload())));
        Assert.Equal(vector.Text("signed"), signed.RawHex);
        Assert.Equal(vector.Text("hash"), signed.Hash.ToString());
        Assert.Equal(Address.Parse(vector.Text("from")), signed.From);
    }

    [Theory]
    [MemberData(nameof(GeneratedCases))]
    public void Decoding_gives_back_the_fields_and_the_sender(string caseJson)
    {
        var vector = VectorFile.Parse(caseJson);
        var fields = vector.GetProperty("transaction");
        var expected = FromJson(fields, legacy: fields.GetProperty("type").GetInt32() == 0);

        var decoded = SignedTransaction.Decode(vector.Text("signed"));

        Assert.Equal(Address.Parse(vector.Text("from")), decoded.From);
        Assert.Equal(vector.Text("hash"), decoded.Hash.ToString());
        Assert.Equal(expected.Type, decoded.Transaction.Type);
        Assert.Equal(expected.Nonce, decoded.Transaction.Nonce);
        Assert.Equal(expected.ChainId, decoded.Transaction.ChainId);
        Assert.Equal(expected.To, decoded.Transaction.To);
        Assert.Equal(expected.Value, decoded.Transaction.Value);
        Assert.Equal(expected.Data.ToArray(), decoded.Transaction.Data.ToArray());
        Assert.Equal(expected.MaxCost, decoded.Transaction.MaxCost);
    }

    [Fact]
    public void A_replacement_with_the_same_nonce_and_higher_fees_is_a_new_transaction()
    {
        var original = new Eip1559Transaction
        {
            ChainId = 31337, Nonce = 4, MaxPriorityFeePerGas = 1_000_000_000, MaxFeePerGas = 3_000_000_000, GasLimit = 50_000,
            To = Address.Parse("0x3535353535353535353535353535353535353535"),
        };
        var key = TestKeys.Eip155Example;

        var first = SignedTransaction.Sign(original, key);
        var replacement = SignedTransaction.Sign(original with { MaxPriorityFeePerGas = 2_000_000_000, MaxFeePerGas = 6_000_000_000 }, key);

        Assert.Equal(first.Transaction.Nonce, replacement.Transaction.Nonce);
        Assert.NotEqual(first.Hash, replacement.Hash);
    }

    [Theory]
    [InlineData(0UL, 1, 2, 21000UL, "chain id 0")]
    [InlineData(1UL, 3, 2, 21000UL, "MaxPriorityFeePerGas (3) exceeds MaxFeePerGas (2)")]
    [InlineData(1UL, -1, 2, 21000UL, "MaxPriorityFeePerGas is negative")]
    [InlineData(1UL, 1, 2, 0UL, "gas limit is 0")]
    public void Signing_rejects_out_of_range_fields_by_name(ulong chainId, long tip, long maxFee, ulong gasLimit, string expected)
    {
        var transaction = new Eip1559Transaction
        {
            ChainId = chainId, Nonce = 0, MaxPriorityFeePerGas = tip, MaxFeePerGas = maxFee, GasLimit = gasLimit,
        };

        var error = Assert.Throws<InvalidTransactionException>(() => SignedTransaction.Sign(transaction, TestKeys.Eip155Example));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("0x", "cannot be empty")]
    [InlineData("0x03c0", "type 0x03 is not supported")]
    [InlineData("0x02c0", "has 12 fields, this one has 0")]
    [InlineData("0xc0", "has 9 fields")]
    [InlineData("0x02zz", "not a hex digit")]
    [InlineData("0xf8", "not valid RLP")]
    public void Decoding_garbage_is_a_clear_error(string raw, string expected)
    {
        var error = Assert.ThrowsAny<Exception>(() => SignedTransaction.Decode(raw));

        Assert.True(error is InvalidTransactionException or HexFormatException, error.GetType().Name);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Decoding_rejects_a_transaction_without_replay_protection()
    {
        var unprotected = "0xf8670980825208943535353535353535353535353535353535353535880de0b6b3a7640000801ba0" +
                          new string('1', 64) + "a0" + new string('2', 64);

        var error = Assert.Throws<InvalidTransactionException>(() => SignedTransaction.Decode(unprotected));

        Assert.Contains("no EIP-155 replay protection", error.Message);
    }

    [Fact]
    public void An_account_bound_to_a_chain_refuses_to_sign_for_another()
    {
        var account = new Account(TestKeys.Eip155Example, chainId: 1);
        var transaction = new Eip1559Transaction { ChainId = 5, Nonce = 0, MaxPriorityFeePerGas = 1, MaxFeePerGas = 1, GasLimit = 21000 };

        var error = Assert.Throws<ChainIdMismatchException>(() => account.SignTransaction(transaction));

        Assert.Equal(1UL, error.Expected);
        Assert.Equal(5UL, error.Actual);
    }

    [Fact]
    public void A_hardhat_test_key_signs_for_the_local_chain_only()
    {
        var account = new Wallet(HardhatTestMnemonic.Phrase).GetAccount(3);
        var local = new Eip1559Transaction { ChainId = 31337, Nonce = 0, MaxPriorityFeePerGas = 1, MaxFeePerGas = 1, GasLimit = 21000 };

        var signed = account.SignTransaction(local);
        var error = Assert.Throws<TestKeyRefusedException>(() => account.SignTransaction(local with { ChainId = 1 }));

        Assert.Equal(account.Address, signed.From);
        Assert.Contains("public Hardhat test mnemonic", error.Message);
        Assert.Contains("chain 1", error.Message);
    }

    internal static IUnsignedTransaction FromJson(JsonElement f, bool legacy)
    {
        var to = f.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.String ? Address.Parse(t.GetString()!) : (Address?)null;
        var data = f.TryGetProperty("data", out var d) ? Hex.Decode(d.GetString()!) : [];
        if (legacy)
        {
            return new LegacyTransaction
            {
                ChainId = Number(f, "chainId").ToUInt64(), Nonce = Number(f, "nonce").ToUInt64(), GasPrice = Number(f, "gasPrice"),
                GasLimit = Number(f, "gasLimit").ToUInt64(), To = to, Value = Number(f, "value"), Data = data,
            };
        }
        return new Eip1559Transaction
        {
            ChainId = Number(f, "chainId").ToUInt64(), Nonce = Number(f, "nonce").ToUInt64(),
            MaxPriorityFeePerGas = Number(f, "maxPriorityFeePerGas"), MaxFeePerGas = Number(f, "maxFeePerGas"),
            GasLimit = Number(f, "gasLimit").ToUInt64(), To = to, Value = Number(f, "value"), Data = data,
        };
    }

    private static BigInteger Number(JsonElement f, string name)
    {
        var value = f.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number ? value.GetUInt64() : BigInteger.Parse(value.GetString()!, CultureInfo.InvariantCulture);
    }
}

internal static class BigIntegerExtensions
{
    public static ulong ToUInt64(this BigInteger value) => (ulong)value;
}
