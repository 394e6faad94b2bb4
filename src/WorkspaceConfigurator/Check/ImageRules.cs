using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Images are valid references (<see cref="ImageReference"/>): the API server takes any text, and the kubelet
/// refuses a bad one only at spawn (InvalidImageName). Placeholders are checked as the hub fills them in.
/// </summary>
internal static class ImageRules
{
    private static readonly PlaceholderValues Sample = new("jovyan", "jupyter-jovyan");

    private const string Valid = "an image reference [registry[:port]/]name[:tag][@digest], e.g. docker.io/library/python:3.12";

    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        Image(spec.Slug, "image", spec.Image, findings);
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            Image(spec.Slug, $"init_containers[{i}].image", spec.InitContainers[i].Image, findings);
        }
    }

    private static void Image(string slug, string field, string image, List<Finding> findings)
    {
        // A malformed placeholder is the template rules' finding; the image is checked once it renders.
        if (PlaceholderRenderer.RenderHubString(image, Sample).Text is { } rendered && ImageReference.Problem(rendered) is { } problem)
        {
            findings.Add(Finding.Error(slug, field, $"'{image}' is not a valid image reference: {problem}", Valid));
        }
    }
}
