using FluentAssertions;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Tests.Engine;

/// <summary>
/// Where the finding for a required setting that nothing sets points: a profile class that forgets one of the names or
/// the image is told where a class sets it (its Declare); a setting a class itself requires is the site's to give.
/// </summary>
public sealed class RequiredSettingHintTests
{
    private static readonly SettingKey<string> SiteToken = new("site_token", SettingTypes.NonEmptyText, "a token the site gives");

    private sealed class Forgetful : Profile
    {
        public override string Slug => "forgetful";

        protected override void Declare(SettingDefaults settings)
        {
            settings.Set(CoreSettings.DisplayName, "Forgetful");
            settings.Set(CoreSettings.Description, "");
            settings.Require(SiteToken);
        }
    }

    [Fact]
    public void A_class_that_forgets_the_image_is_told_to_set_it_in_Declare_and_a_setting_it_requires_goes_to_the_site()
    {
        var registry = new ProfileRegistry();
        registry.Add(new Forgetful(), "test");

        var plan = Workspace.Plan(ProfileCatalog.Of(registry), CommandLineLayers.None, new Selection(["forgetful"]));

        plan.Findings.Select(f => f.ToLine()).Should().Equal(
            "error: forgetful: image: is required and not set (a profile class sets it in its Declare; "
            + "or set it in a values file under profiles.forgetful.image, or with --override forgetful:image=VALUE)",
            "error: forgetful: site_token: is required and not set (set it in a values file under profiles.forgetful.site_token, or with --override forgetful:site_token=VALUE)");
    }
}
