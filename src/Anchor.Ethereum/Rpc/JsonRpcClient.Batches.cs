using System.Text.Json;

namespace Anchor.Ethereum.Rpc;

public sealed partial class JsonRpcClient
{
    // Set once a node has answered a batch with something other than an array of answers: it does
    // not take batches (or not this large), and every later call goes one request at a time.
    private volatile bool _batchesRefused;

    /// <summary>How many single requests are in flight at once when a node does not take batches.</summary>
    public const int UnbatchedConcurrency = 8;

    /// <summary>Whether the node has refused a batch, so that calls now go one request at a time.</summary>
    public bool BatchesRefused => _batchesRefused;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Block?>> GetBlocksByNumberAsync(IReadOnlyList<ulong> numbers, CancellationToken cancellationToken = default)
    {
        const string method = "eth_getBlockByNumber";
        ArgumentNullException.ThrowIfNull(numbers);
        var blocks = new Block?[numbers.Count];
        for (var start = 0; start < numbers.Count; start += _options.MaxBatchSize)
        {
            var count = Math.Min(_options.MaxBatchSize, numbers.Count - start);
            var results = count > 1 && !_batchesRefused
                ? await TrySendBatchAsync(method, [.. numbers.Skip(start).Take(count).Select(n => (IReadOnlyList<object?>)[BlockParameter.At(n).ToRpcString(), false])], cancellationToken)
                : null;
            if (results is null)
            {
                await Parallel.ForAsync(start, start + count,
                    new ParallelOptions { MaxDegreeOfParallelism = UnbatchedConcurrency, CancellationToken = cancellationToken },
                    async (i, token) => blocks[i] = await GetBlockByNumberAsync(BlockParameter.At(numbers[i]), token));
                continue;
            }
            for (var i = 0; i < count; i++)
            {
                blocks[start + i] = results[i].ValueKind == JsonValueKind.Null ? null : RpcModelReader.ReadBlock(results[i], method);
            }
        }
        return blocks;
    }

    /// <summary>
    /// Sends the calls of <paramref name="method"/> as one JSON-RPC batch and returns their results
    /// in the order given; null if the node does not take batches (then nothing was done, since
    /// only reads are batched, and the caller sends them one by one).
    /// </summary>
    /// <exception cref="RpcException">One of the calls failed: the first one's error, as a single call would report it.</exception>
    private async Task<JsonElement[]?> TrySendBatchAsync(string method, IReadOnlyList<IReadOnlyList<object?>> parameterLists, CancellationToken cancellationToken)
    {
        var firstId = Interlocked.Add(ref _nextId, parameterLists.Count) - parameterLists.Count + 1;
        var body = JsonSerializer.SerializeToUtf8Bytes(parameterLists.Select((parameters, i) => new Dictionary<string, object?>
        {
            ["jsonrpc"] = "2.0",
            ["id"] = firstId + i,
            ["method"] = method,
            ["params"] = parameters,
        }));
        var results = await WithRetriesAsync(method, async token =>
        {
            var (response, content) = await PostAsync(body, token);
            using (response) return InterpretBatch(method, firstId, parameterLists.Count, response, content);
        }, cancellationToken);
        if (results is null) _batchesRefused = true;
        return results;
    }

    // An array holds one answer per call, in any order (JSON-RPC 2.0 §6), matched by id. Anything
    // else is a node that does not take the batch, unless it is a transient fault to retry.
    private JsonElement[]? InterpretBatch(string method, long firstId, int count, HttpResponseMessage response, byte[] content)
    {
        var status = (int)response.StatusCode;
        using var document = TryParse(content);
        var root = document?.RootElement;
        if (root is not { ValueKind: JsonValueKind.Array } answers || status is < 200 or >= 300)
        {
            // Read as a single call's answer: a transient fault (a rate limit, a 5xx) escapes and
            // is retried as it is for a single call; any other answer, error or not, is a refusal.
            try
            {
                InterpretAnswer(method, firstId, response, root);
            }
            catch (RpcException)
            {
                // The node's words for refusing the batch; its single calls will be answered.
            }
            return null;
        }
        var results = new JsonElement?[count];
        foreach (var answer in answers.EnumerateArray())
        {
            if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("id", out var idElement) ||
                !idElement.TryGetInt64(out var id) || id < firstId || id >= firstId + count || results[id - firstId] is not null)
            {
                throw RpcJson.Invalid(method, $"a batch answer from {_endpointLabel} has an id that is not one of the batch's, or repeats one");
            }
            results[id - firstId] = answer;
        }
        var missing = Array.FindIndex(results, r => r is null);
        if (missing >= 0) throw RpcJson.Invalid(method, $"the batch answer from {_endpointLabel} has no answer for id {firstId + missing}");
        return [.. results.Select((answer, i) => InterpretAnswer(method, firstId + i, response, answer!.Value))];
    }
}
