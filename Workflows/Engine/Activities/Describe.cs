namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>Short-hands that keep activity descriptors readable.</summary>
internal static class Describe
{
    public static InputDescriptor Input(string name, string typeName, string displayName, string description,
        string uiHint = UIHints.SingleLine, bool required = false, object? defaultValue = null,
        IReadOnlyList<string>? options = null) =>
        new(name, typeName, displayName, description)
        {
            UIHint = uiHint,
            IsRequired = required,
            DefaultValue = defaultValue,
            Options = options,
        };

    public static OutputDescriptor Output(string name, string typeName, string displayName, string description) =>
        new(name, typeName, displayName, description);
}
