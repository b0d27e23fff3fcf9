# Multi-stage build; the build context is the repository root.
#   docker build -t loyaltyarena .
#   docker run -p 8080:8080 -v arena-data:/app/App_Data loyaltyarena
# PostgreSQL: -e Database__Provider=Postgres -e ConnectionStrings__Arena="Host=...;..." and run once with the "migrate" argument.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/LoyaltyArena.Web -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
COPY --from=build /src/wwwroot ./wwwroot
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
VOLUME /app/App_Data

ENTRYPOINT ["dotnet", "LoyaltyArena.Web.dll"]
