namespace UpCloud.Api;

/// <summary>What kind of failure an <see cref="UpCloudApiException"/> reports.</summary>
public enum UpCloudFailure
{
    /// <summary>The API answered with a non-success HTTP status.</summary>
    HttpStatus,

    /// <summary>The API answered 2xx, but the body was not the JSON the endpoint documents.</summary>
    InvalidResponse,

    /// <summary>The body passed its endpoint's size cap, and was abandoned unread, or held more JSON than its budget, and was abandoned unparsed (see <see cref="ResponseLimits"/>).</summary>
    ResponseTooLarge,

    /// <summary>No response came: a timeout, a refused or reset connection, or an open circuit.</summary>
    NoResponse,
}
