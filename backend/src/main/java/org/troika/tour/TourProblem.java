package org.troika.tour;

/**
 * Why a tour file cannot be played.
 *
 * @param file    the file name in the tours directory
 * @param step    the step (from 1) the problem is in, or null for the file as a whole
 * @param message what is wrong, naming the field and the value
 */
public record TourProblem(String file, Integer step, String message) {

    @Override
    public String toString() {
        return file + (step == null ? "" : ", step " + step) + ": " + message;
    }
}
