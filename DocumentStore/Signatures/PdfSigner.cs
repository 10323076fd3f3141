using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Signs the municipality's outgoing PDFs: PDFsharp writes the /Sig dictionary with its /ByteRange and a placeholder
/// /Contents, and we put a detached CMS signature over the ranges there (SubFilter adbe.pkcs7.detached),
/// timestamped when a time-stamping authority is given (PAdES B-T style).
/// </summary>
public sealed class PdfSigner(
    SigningCertificate certificate, TimeProvider? time = null, ITimestampAuthority? timestamps = null)
{
    private readonly DetachedSigner _signer = new(certificate, time, timestamps);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Returns a signed copy of <paramref name="pdf"/>; with a stamp, the signature shows on a page.
    /// </summary>
    public async Task<byte[]> SignAsync(byte[] pdf, PdfSignatureAppearance? appearance = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        appearance ??= new PdfSignatureAppearance();
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var options = new DigitalSignatureOptions
        {
            Reason = appearance.Reason ?? "",
            Location = appearance.Location ?? "",
            ContactInfo = appearance.ContactInfo ?? "",
            AppName = "CaseSystem",
            PageIndex = appearance.PageIndex,
            Rectangle = appearance.Stamp ?? new XRect(0, 0, 0, 0),
        };
        DigitalSignatureHandler.ForDocument(document, new CmsDigitalSigner(_signer, certificate, _time), options);

        using var output = new MemoryStream();
        await document.SaveAsync(output);
        return output.ToArray();
    }

    /// <summary>
    /// As <see cref="SignAsync"/>, but when the time-stamping authority gives no timestamp the PDF is signed
    /// without one, and <paramref name="untimestamped"/> hears why: for documents that must go out even while the
    /// authority is down.
    /// </summary>
    public async Task<byte[]> SignTimestampedIfPossibleAsync(byte[] pdf, Action<TimestampException> untimestamped,
        PdfSignatureAppearance? appearance = null)
    {
        ArgumentNullException.ThrowIfNull(untimestamped);

        try
        {
            return await SignAsync(pdf, appearance);
        }
        catch (TimestampException e) when (timestamps is not null)
        {
            untimestamped(e);
            return await new PdfSigner(certificate, _time).SignAsync(pdf, appearance);
        }
    }

    /// <summary>PDFsharp's signing hook: the size to reserve, then the signature over the byte ranges.</summary>
    private sealed class CmsDigitalSigner(DetachedSigner signer, SigningCertificate certificate, TimeProvider time)
        : IDigitalSigner
    {
        public string CertificateName => certificate.Certificate.GetNameInfo(
            System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);

        public DateTime? SignatureDate => time.GetUtcNow().UtcDateTime;

        public Task<int> GetSignatureSizeAsync()
        {
            return Task.FromResult(signer.MaxSignatureLength());
        }

        public async Task<byte[]> GetSignatureAsync(Stream stream)
        {
            // PDFsharp's RangedStream over the two signed ranges: it knows its length and position, but throws
            // when asked CanSeek, so it is read by hand from its start.
            stream.Position = 0;
            var signed = new byte[stream.Length];
            stream.ReadExactly(signed);
            return await signer.SignAsync(signed);
        }
    }
}
