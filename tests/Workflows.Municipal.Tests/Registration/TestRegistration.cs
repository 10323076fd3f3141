using CaseSystem.Workflows.Municipal.Registration;

namespace CaseSystem.Workflows.Municipal.Tests.Registration;

/// <summary>The registers the tests number in: ВК08 takes incoming documents, ИЗ01 outgoing, РД09 both.</summary>
public static class TestRegistration
{
    public static RegistrationOptions Options()
    {
        var options = new RegistrationOptions { Prefix = "СОА", IncomingRegister = "ВК08" };
        options.Registers.Add(new RegisterDefinition
        {
            Code = "ВК08",
            Name = "Входяща кореспонденция",
            Direction = RegisterDirection.Incoming,
        });
        options.Registers.Add(new RegisterDefinition
        {
            Code = "ИЗ01",
            Name = "Изходяща кореспонденция",
            Direction = RegisterDirection.Outgoing,
        });
        options.Registers.Add(new RegisterDefinition { Code = "РД09", Name = "Деловодство" });
        return options;
    }

    public static RegistrationIndexFormat Format() => new(Microsoft.Extensions.Options.Options.Create(Options()));
}

/// <summary>A clock the test sets.</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
