using System.Text;
using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

public sealed class UploadPolicyTests
{
    private static readonly UploadPolicy Attachments =
        new("attachments to an application", [MediaTypes.Pdf, MediaTypes.Jpeg], MaxBytes: 1024 * 1024);

    [Fact]
    public async Task An_allowed_file_passes_whole_with_its_sniffed_type_and_cleaned_name()
    {
        var content = Pdf(200_000);

        await using var upload = await Attachments.AcceptAsync(new MemoryStream(content), "../скица.jpg");
        using var copy = new MemoryStream();
        await upload.Content.CopyToAsync(copy);

        Assert.Equal(MediaTypes.Pdf, upload.MediaType);
        Assert.Equal("скица.jpg", upload.FileName);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_type_the_use_does_not_accept_is_refused_whatever_its_name()
    {
        var executable = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 };

        var error = await Assert.ThrowsAsync<UploadRejectedException>(
            () => Attachments.AcceptAsync(new MemoryStream(executable), "заявление.pdf"));

        Assert.Equal(UploadRejection.TypeNotAllowed, error.Reason);
        Assert.Contains("attachments to an application do not accept", error.Message, StringComparison.Ordinal);
        Assert.Contains("Send one of: PDF, JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_reading_when_its_length_is_known()
    {
        var error = await Assert.ThrowsAsync<UploadRejectedException>(
            () => Attachments.AcceptAsync(new MemoryStream(Pdf(2 * 1024 * 1024)), "голям.pdf"));

        Assert.Equal(UploadRejection.TooLarge, error.Reason);
        Assert.Contains("larger than 1 MB, the limit for attachments to an application", error.Message,
            StringComparison.Ordinal);
        Assert.Contains("Send a smaller file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_of_unknown_length_fails_while_streaming_once_past_the_limit()
    {
        await using var upload = await Attachments.AcceptAsync(new UnseekableStream(Pdf(3 * 1024 * 1024)), "a.pdf");

        var error = await Assert.ThrowsAsync<UploadRejectedException>(() => upload.Content.CopyToAsync(Stream.Null));

        Assert.Equal(UploadRejection.TooLarge, error.Reason);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var error = await Assert.ThrowsAsync<UploadRejectedException>(
            () => Attachments.AcceptAsync(new MemoryStream(), "празно.pdf"));

        Assert.Equal(UploadRejection.Empty, error.Reason);
    }

    private static byte[] Pdf(int size)
    {
        var content = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(content, 0);
        return content;
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
