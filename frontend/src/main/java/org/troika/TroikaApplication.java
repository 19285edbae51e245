package org.troika;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Troika: the co-governance network of neighbourhoods as a graph, explored in the browser and through GraphQL. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/troika.css")
public class TroikaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TroikaApplication.class, args);
    }
}
