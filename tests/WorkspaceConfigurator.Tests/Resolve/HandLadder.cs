using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// Ladders put together rung by rung (see <see cref="HandLayer"/> for the layers), with small profile classes whose
/// declarations the tests know: what each class sets itself, what it leaves at wsconf's base default, what it requires.
/// </summary>
internal static class HandLadder
{
    /// <summary>A setting only <see cref="Sized"/> declares: it has no base default.</summary>
    public static SettingKey<string> Flavour { get; } = new("flavour", SettingTypes.Text, "a setting of the test class");

    /// <summary>A setting <see cref="Constrained"/> declares with allowed values.</summary>
    public static SettingKey<string> Tier { get; } = new("tier", SettingTypes.Text, "a constrained setting of the test class");

    public static Ladder Of(params Rung[] rungs) => new(rungs);

    public static ClassRung Class(Profile profile, bool isRoot = true) => new(Registration(profile), isRoot);

    public static BaseRung Base() => BaseRung.Instance;

    public static ProfileRegistration Registration(Profile profile) => new(profile, ProfileRegistration.BuiltIn);

    /// <summary>A cache over an empty registry: the profiles of these ladders are no plugins.</summary>
    public static DeclarationCache Cache() => new(new ProfileRegistry());

    public static SettingDeclaration Declaration(Profile profile, SettingKey key) => profile.Settings().Single(d => d.Key.Name == key.Name);

    /// <summary>Sets its names, image, cpu_limit (4) and its own flavour; leaves storage classes, default_url and gpu_limit at the base default.</summary>
    public sealed class Sized : Profile
    {
        public override string Slug => "sized";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Sized");
            settings.Set(CoreSettings.Description, "sets some values itself");
            settings.Set(CoreSettings.Image, "example.org/sized:1");
            settings.Set(CoreSettings.CpuLimit, 4);
            settings.Set(Flavour, "plain");
        }
    }

    /// <summary>Declares nothing: its names and image are required, everything else is the base default.</summary>
    public sealed class Unnamed : Profile
    {
        public override string Slug => "unnamed";
    }

    /// <summary>A family class that sets mem_limit; <see cref="FamilyMember"/> declares nothing of its own.</summary>
    public abstract class Family : Profile
    {
        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.MemLimit, Memory.GiB(8));
        }
    }

    public sealed class FamilyMember : Family
    {
        public override string Slug => "member";
    }

    /// <summary>Declares tier with allowed values small and large, and a default that keeps to them.</summary>
    public sealed class Constrained : Profile
    {
        public override string Slug => "constrained";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(Tier, "small", new() { Allowed = ["small", "large"] });
        }
    }

    /// <summary>Declares tier with a default its own constraint does not allow.</summary>
    public sealed class SelfContradicting : Profile
    {
        public override string Slug => "contradicting";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(Tier, "medium", new() { Allowed = ["small", "large"] });
        }
    }
}
