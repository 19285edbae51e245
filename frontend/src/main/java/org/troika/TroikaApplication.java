package org.troika;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.troika.backup.DatabaseCommands;

/** Troika: the co-governance network of neighbourhoods as a graph, explored in the browser and through GraphQL. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/troika.css")
public class TroikaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // the offline dump and load run instead of the app, with the database stopped
        OptionalInt command = DatabaseCommands.run(args, System.getenv(), System.out);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(TroikaApplication.class, args);
    }
}
