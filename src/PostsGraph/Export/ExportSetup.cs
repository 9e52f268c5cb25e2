namespace PostsGraph.Export;

public static class ExportSetup
{
    public static IServiceCollection AddExport(this IServiceCollection services) => services
        .AddAutoMapper(config => config.AddProfile<ExportMapping>())
        .AddSingleton<ExportArguments>()
        .AddScoped<ProfileSource>()
        .AddScoped<ExportWriter>();
}
