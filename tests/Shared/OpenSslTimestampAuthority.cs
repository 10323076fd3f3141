using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.Tests.Shared;

/// <summary>
/// A time-stamping authority we did not write: <c>openssl ts -reply</c> answering RFC 3161 requests, signing with
/// the certificate it is given (extended key usage timeStamping). It stamps CMS signatures as a signing client
/// does, and answers over HTTP on 127.0.0.1 as a real authority does once <see cref="Serve"/> is called.
/// </summary>
internal sealed class OpenSslTimestampAuthority : ITimestampAuthority, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tsa-").FullName;
    private readonly string _config;
    private HttpListener? _listener;
    private int _replies;

    public OpenSslTimestampAuthority(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        var pem = Write("tsa.pem", certificate.ExportCertificatePem());
        var key = Write("tsa.key", certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var serial = Write("serial", "01\n");
        _config = Write("tsa.cnf", $"""
            [ tsa ]
            default_tsa = test_tsa

            [ test_tsa ]
            serial = {serial}
            signer_cert = {pem}
            signer_key = {key}
            signer_digest = sha256
            default_policy = 1.3.6.1.4.1.99999.1
            digests = sha256
            accuracy = secs:1
            ordering = no
            tsa_name = no
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """);
    }

    /// <summary>How many requests were answered, over HTTP or not.</summary>
    public int Replies => _replies;

    /// <summary>A self-signed time-stamping certificate, to be trusted as its own anchor.</summary>
    public static X509Certificate2 SelfSignedCertificate(string name = "Тестов печат")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(
            $"CN={name}, O=CaseSystem tests, C=BG", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // openssl refuses a time-stamping certificate whose key usage allows more than signing.
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(SignatureTimestamp.TimeStampingUsageOid)], critical: true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddYears(-1), now.AddYears(1));
    }

    /// <summary>The authority's answer (a DER TimeStampResp) to a DER TimeStampReq.</summary>
    public byte[] Reply(byte[] query)
    {
        var n = Interlocked.Increment(ref _replies);
        var queryFile = Path.Combine(_folder, $"request-{n}.tsq");
        var replyFile = Path.Combine(_folder, $"reply-{n}.tsr");
        File.WriteAllBytes(queryFile, query);
        OutsideTools.Succeed("openssl", "ts", "-reply", "-config", _config, "-queryfile", queryFile,
            "-out", replyFile);
        return File.ReadAllBytes(replyFile);
    }

    /// <summary><paramref name="signature"/> (a CMS signature) with each signer's signature value timestamped, as
    /// the signing code stamps its own.</summary>
    public byte[] Stamp(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        SignatureTimestamp.StampAsync(cms, this, CancellationToken.None).GetAwaiter().GetResult();
        return cms.Encode();
    }

    /// <summary>The authority's token for <paramref name="request"/>, answered by openssl without HTTP.</summary>
    public Task<Rfc3161TimestampToken> StampAsync(Rfc3161TimestampRequest request,
        CancellationToken cancellationToken) =>
        Task.FromResult(request.ProcessResponse(Reply(request.Encode()), out _));

    /// <summary>Answers <c>POST</c>s of <c>application/timestamp-query</c> on 127.0.0.1 until disposed; returns
    /// the URL to send them to.</summary>
    public Uri Serve()
    {
        _listener = Listen();
        _ = Task.Run(AnswerAsync);
        return new Uri(_listener.Prefixes.Single());
    }

    public void Dispose()
    {
        _listener?.Close();
        Directory.Delete(_folder, recursive: true);
    }

    private static HttpListener Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{Ports.Unused()}/tsa/");
            try
            {
                listener.Start();
                return listener;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task AnswerAsync()
    {
        while (_listener is { IsListening: true } listener)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var query = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(query);
            try
            {
                var reply = context.Request.HttpMethod == "POST"
                    && context.Request.ContentType == "application/timestamp-query"
                        ? Reply(query.ToArray())
                        : null;
                context.Response.StatusCode = reply is null ? 400 : 200;
                context.Response.ContentType = "application/timestamp-reply";
                if (reply is not null)
                {
                    await context.Response.OutputStream.WriteAsync(reply);
                }
            }
            catch (Exception e)
            {
                // openssl failed: the client hears it at once, with openssl's words as the reason.
                context.Response.StatusCode = 500;
                var reason = e.Message.ReplaceLineEndings(" ");
                context.Response.StatusDescription = reason[..Math.Min(1000, reason.Length)];
            }

            context.Response.Close();
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, Encoding.ASCII);
        return path;
    }
}
