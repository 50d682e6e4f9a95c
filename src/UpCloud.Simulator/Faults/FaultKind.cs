namespace UpCloud.Simulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer a problem+json error with <see cref="FaultRule.StatusCode"/>.</summary>
    Status,

    /// <summary>Answer a legacy <c>{"error":{"error_code","error_message"}}</c> body with <see cref="FaultRule.StatusCode"/>.</summary>
    LegacyStatus,

    /// <summary>Answer 429 with a <c>Retry-After</c> of <see cref="FaultRule.RetryAfter"/> in whole seconds.</summary>
    TooManyRequests,

    /// <summary>Wait <see cref="FaultRule.Delay"/> (real time), then answer normally.</summary>
    Latency,

    /// <summary>Never answer; the request ends only when the client gives up or the simulator stops.</summary>
    Hang,

    /// <summary>Answer 200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>Answer 200 with the first half of the normal body.</summary>
    TruncatedJson,

    /// <summary>Answer the normal body with many unknown nested fields added to every object.</summary>
    UnknownFields,

    /// <summary>Answer 200 with a valid-looking JSON array of about 64 MiB, streamed.</summary>
    OversizedBody,

    /// <summary>Abort the connection without an answer.</summary>
    ResetConnection,

    /// <summary>Answer 200 with <see cref="FaultRule.Body"/> verbatim as the JSON body, for hostile shapes no other fault produces.</summary>
    CustomBody,

    /// <summary>Answer 302 Found with <see cref="FaultRule.Location"/>, as a hijacked or misconfigured endpoint might.</summary>
    Redirect,

    /// <summary>Answer <see cref="FaultRule.StatusCode"/> with a problem+json body of <see cref="FaultRule.Size"/> bytes, streamed: one long title.</summary>
    OversizedError,

    /// <summary>Answer 200 with the route's shape holding an entry whose unknown field nests arrays <see cref="FaultRule.Size"/> / 2 deep, streamed.</summary>
    DeepNesting,

    /// <summary>Answer 200 with the route's shape holding an entry whose <c>name</c> is one string of <see cref="FaultRule.Size"/> bytes, streamed.</summary>
    HugeString,

    /// <summary>Answer 200 with the route's shape holding <see cref="FaultRule.Size"/> / 3 empty objects as its entries, streamed.</summary>
    TinyItems,

    /// <summary>Answer 200 with the normal body whose first list element is repeated until the body is <see cref="FaultRule.Size"/> bytes.</summary>
    DuplicateEntries,

    /// <summary>Answer 200 with the normal body, about one value in four replaced by a wrong type or a number edge (1e308, -1, 2^64, 1.5).</summary>
    MutatedValues,

    /// <summary>Answer 200 with the normal body's Content-Length, send the first half, then abort the connection.</summary>
    BrokenTransfer,
}
