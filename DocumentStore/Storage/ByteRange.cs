namespace CaseSystem.DocumentStore.Storage;

/// <summary>A part of an object: <see cref="Length"/> bytes from <see cref="Offset"/>.</summary>
public readonly record struct ByteRange
{
    public ByteRange(long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Offset = offset;
        Length = length;
    }

    public long Offset { get; }

    public long Length { get; }

    /// <summary>The range cut to an object of <paramref name="objectLength"/> bytes.</summary>
    public ByteRange Within(long objectLength)
    {
        if (Offset > objectLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(objectLength), $"The range starts at byte {Offset}, past the object's {objectLength} bytes.");
        }

        return new ByteRange(Offset, Math.Min(Length, objectLength - Offset));
    }
}
