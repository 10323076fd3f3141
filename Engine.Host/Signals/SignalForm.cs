namespace CaseSystem.Host.Signals;

/// <summary>
/// What the signal form posts, as typed. Field names are the ids of the inputs, which are also the keys of
/// <c>SignalValidationException.Errors</c> (photos excepted: <c>photos</c> for <c>photoIds</c>).
/// </summary>
public sealed class SignalForm
{
    public string? CategoryCode { get; set; }

    public string? Description { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Address { get; set; }

    public string? District { get; set; }

    public string? EventsOn { get; set; }

    public bool Anonymous { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool ShareDescription { get; set; }

    public string? Channel { get; set; }

    /// <summary>Photos of the draft to take off it.</summary>
    public IList<Guid> RemovePhotos { get; } = [];

    /// <summary>The protected draft the form was opened with (see <see cref="SignalDrafts"/>).</summary>
    public string? Draft { get; set; }

    public static SignalForm From(SignalDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new SignalForm
        {
            CategoryCode = draft.CategoryCode, Description = draft.Description, Latitude = draft.Latitude,
            Longitude = draft.Longitude, Address = draft.Address, District = draft.District,
            EventsOn = draft.EventsOn, Anonymous = draft.Anonymous, Name = draft.Name, Email = draft.Email,
            Phone = draft.Phone, ShareDescription = draft.ShareDescription, Channel = draft.Channel,
        };
    }
}
