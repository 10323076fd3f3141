namespace CaseSystem.Host.Open311;

/// <summary>An Open311 answer in the format the path asked for (<c>.json</c> or <c>.xml</c>).</summary>
internal sealed class Open311Result(Open311Document document, string format, int status = StatusCodes.Status200OK)
    : IResult
{
    public const string Json = "json";
    public const string Xml = "xml";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var xml = format == Xml;
        var body = xml ? Open311Writer.Xml(document) : Open311Writer.Json(document);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
